// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.results.ResultCommands;
import hn.siempleo.results.ResultCommands.Provenance;

/** The preview of an import: every row checked; the valid rows become one command. */
public final class MeasurementImport {

	private final List<ImportRow> rows;

	MeasurementImport(List<ImportRow> rows) {
		this.rows = List.copyOf(rows);
	}

	/** Every row read, valid or not, in sheet order. */
	public List<ImportRow> rows() {
		return rows;
	}

	/** The rows in error. */
	public List<ImportRow> errors() {
		return rows.stream().filter(r -> !r.valid()).toList();
	}

	/** The valid rows that change a value. */
	public List<ImportRow> changes() {
		return rows.stream().filter(ImportRow::changes).toList();
	}

	/**
	 * One undoable command that records the value of every valid row that changes one; unexecutable when none
	 * does. {@code today} is the recording date of values without one.
	 */
	public Command command(EditingDomain domain, LocalDate today, String recordedBy) {
		List<ImportRow> changes = changes();
		if (changes.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Import_commandLabel, changes.size()));
		for (ImportRow row : changes) {
			command.append(ResultCommands.setMeasurement(domain, row.indicator(), row.period(), row.office(), row.value(),
					new Provenance(today, row.recordedBy() != null ? row.recordedBy() : recordedBy,
							row.source() != null ? row.source() : Messages.Import_defaultSource)));
		}
		return command;
	}
}
