// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.time.LocalDate;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;

/**
 * The command that records a progress report: the report is added to the action's history and, when it is
 * the latest, the action takes its percentage (and becomes "en proceso" when it had not started, or
 * "completada" at 100 %). One command, one undo.
 */
final class ProgressCommands {

	private ProgressCommands() {
	}

	static CompoundCommand report(EditingDomain domain, Action action, LocalDate date, int progress, String note) {
		ProgressReport report = SiempleoFactory.eINSTANCE.createProgressReport();
		report.setDate(date);
		report.setProgress(progress);
		report.setNote(note == null || note.isBlank() ? null : note.strip());
		CompoundCommand command = new CompoundCommand(Messages.ProgressCommands_label,
				NLS.bind(Messages.ProgressCommands_description, action.getCode(), progress));
		command.append(AddCommand.create(domain, action, SiempleoPackage.Literals.ACTION__PROGRESS_REPORTS, report));
		if (latest(action, date)) {
			command.append(SetCommand.create(domain, action, SiempleoPackage.Literals.ACTION__PROGRESS, progress));
			ActionStatus status = progress == 100 ? ActionStatus.DONE
					: action.getStatus() == ActionStatus.NOT_STARTED && progress > 0 ? ActionStatus.IN_PROGRESS
							: action.getStatus() == ActionStatus.DONE ? ActionStatus.IN_PROGRESS : null;
			if (status != null && status != action.getStatus()) {
				command.append(SetCommand.create(domain, action, SiempleoPackage.Literals.ACTION__STATUS, status));
			}
		}
		return command;
	}

	/** Whether a report of {@code date} is not older than any report the action has. */
	private static boolean latest(Action action, LocalDate date) {
		return action.getProgressReports().stream()
				.noneMatch(other -> other.getDate() != null && other.getDate().isAfter(date));
	}
}
