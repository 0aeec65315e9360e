// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.ui.handlers.SafeHandler;

/**
 * Diagnóstico &gt; Abrir el editor del diagnóstico: the editor in the Diagnóstico perspective, from whichever
 * perspective the planner is in (opened as a plain view it would land wherever that perspective has room).
 */
public final class OpenEditorHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		HandlerSupport.editors().show();
		return null;
	}
}
