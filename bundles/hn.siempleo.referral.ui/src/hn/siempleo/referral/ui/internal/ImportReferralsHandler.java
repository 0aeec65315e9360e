// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.referral.ui.ReferralUiIds;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.handlers.SafeHandler;

/** Archivo &gt; Importar derivaciones: see {@link ImportFlow}; the optional parameter names the file. */
public final class ImportReferralsHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		String file = event.getParameter(ReferralUiIds.FILE_PARAMETER);
		ModelSession session = PlatformUI.getWorkbench().getService(ModelSession.class);
		ImportFlow.run(shell, session, file == null || file.isBlank() ? null : Path.of(file));
		return null;
	}
}
