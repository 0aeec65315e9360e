// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;

import hn.siempleo.core.OpenModel;

/** What the explorer's commands do to the selected elements; shared by the handlers and the part. */
final class ElementCommands {

	private ElementCommands() {
	}

	/** Opens the one selected element with its opener; false when none can. */
	static boolean open(ElementOpeners openers, List<EObject> selected) {
		if (selected.size() != 1 || openers == null) {
			return false;
		}
		return openers.forElement(selected.get(0)).map(opener -> {
			opener.open(selected.get(0));
			return true;
		}).orElse(false);
	}

	/** The command that deletes the elements (and the references to them), or null when nothing is selected. */
	static Command delete(OpenModel model, List<EObject> selected) {
		return model == null || selected.isEmpty() ? null : DeleteCommand.create(model.editingDomain(), selected);
	}
}
