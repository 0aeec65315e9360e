// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.store.pg.LocalCopy;
import hn.siempleo.ui.handlers.SafeHandler;
import hn.siempleo.ui.FileDialogs;

/**
 * Archivo &gt; Guardar copia local…: writes a {@code .siempleo} snapshot of the open plan (atomically, through the
 * file store); the open plan stays where it is. The file is asked for, unless the command's
 * {@link #FILE_PARAMETER} names it.
 */
public final class SaveLocalCopyHandler extends SafeHandler {

	/** Optional command parameter: the file to write, instead of asking (scripts and tests). */
	public static final String FILE_PARAMETER = "hn.siempleo.store.pg.ui.file"; //$NON-NLS-1$

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		SharedPlanCommands commands = new SharedPlanCommands(PlatformUI.getWorkbench());
		OpenModel model = commands.session.current();
		if (model == null) {
			MessageDialog.openInformation(shell, Messages.Copy_title, Messages.Publish_noModel);
			return null;
		}
		String chosen = event.getParameter(FILE_PARAMETER);
		if (chosen == null || chosen.isBlank()) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText(Messages.Copy_title);
			dialog.setFilterExtensions(new String[] { "*." + ModelService.FILE_EXTENSION }); //$NON-NLS-1$
			dialog.setFileName(model.workspace().getName() + "." + ModelService.FILE_EXTENSION); //$NON-NLS-1$
			dialog.setOverwrite(true);
			chosen = FileDialogs.open(dialog);
			if (chosen == null) {
				return null;
			}
		}
		String file = chosen.endsWith("." + ModelService.FILE_EXTENSION) ? chosen : chosen + "." + ModelService.FILE_EXTENSION; //$NON-NLS-1$ //$NON-NLS-2$
		URI target = URI.createFileURI(file);
		try {
			LocalCopy.save(commands.models, model, target, new NullProgressMonitor());
			MessageDialog.openInformation(shell, Messages.Copy_title, NLS.bind(Messages.Copy_done, file));
		} catch (ModelStoreException e) {
			MessageDialog.openError(shell, Messages.Copy_title, e.getMessage());
		}
		return null;
	}
}
