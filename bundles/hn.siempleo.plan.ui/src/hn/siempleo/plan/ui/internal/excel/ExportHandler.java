// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.excel;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.model.Action;
import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.core.files.OutputTargets;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ActionFormats;
import hn.siempleo.plan.io.ActionSpreadsheets;
import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.plan.ui.internal.Trackers;
import hn.siempleo.plan.ui.internal.tracker.TrackerPart;
import hn.siempleo.ui.handlers.SafeHandler;
import hn.siempleo.model.logic.ModelClock;

/**
 * Exportar a Excel: writes the tracker's shown actions with its shown columns to an XLSX file, chosen in a
 * file dialog or given as the command's file parameter. The file is written aside and moved into place, so it
 * never exists half written.
 */
public final class ExportHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		TrackerPart tracker = Trackers.shown(HandlerUtil.getActiveWorkbenchWindow(event));
		if (tracker == null || tracker.plan() == null) {
			MessageDialog.openInformation(shell, Messages.ExportHandler_title, Messages.ExportHandler_noPlan);
			return null;
		}
		Path file = ExcelFiles.chooseForSave(shell, event.getParameter(PlanUiIds.FILE_PARAMETER),
				tracker.plan().getCode(), OutputTargets.fileOf(tracker.plan()), ModelClock.today(tracker.plan()));
		if (file == null) {
			return null;
		}
		List<Action> actions = List.copyOf(tracker.shownActions());
		LocalDate today = ModelClock.today(tracker.plan());
		List<ActionColumn> columns = tracker.shownColumns();
		ActionSpreadsheets spreadsheets = PlatformUI.getWorkbench().getService(ActionSpreadsheets.class);
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(NLS.bind(Messages.ExportHandler_task, actions.size(), file.getFileName()), -1);
				write(spreadsheets, actions, columns, today, file);
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.ExportHandler_title,
					NLS.bind(Messages.ExportHandler_failed, file, e.getCause().getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	private static void write(ActionSpreadsheets spreadsheets, List<Action> actions, List<ActionColumn> columns,
			LocalDate today, Path file) throws InvocationTargetException {
		try (AtomicFile target = AtomicFile.create(file)) {
			try (OutputStream out = target.openStream()) {
				Optional<ActionFormats.Format> contributed = ActionFormats.forFile(file);
				if (contributed.isPresent()) {
					contributed.get().create().export(actions, columns, today, out);
				} else {
					spreadsheets.export(actions, columns, today, out);
				}
			}
			target.commit();
		} catch (Exception e) {
			throw new InvocationTargetException(e, e.getMessage());
		}
	}

}
