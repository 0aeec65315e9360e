// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import hn.siempleo.model.Action;
import hn.siempleo.model.provider.SiempleoEditPlugin;

/** Labels taken from the item providers (model.edit's plugin_es.properties): one home for enum names. */
final class Labels {

	private Labels() {
	}

	/** "En proceso", "Completada"…: the action's status as the rest of the workbench names it. */
	static String status(Action action) {
		return action.getStatus() == null ? "" //$NON-NLS-1$
				: SiempleoEditPlugin.INSTANCE.getString("_UI_ActionStatus_" + action.getStatus().getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
