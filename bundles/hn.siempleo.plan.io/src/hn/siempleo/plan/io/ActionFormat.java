// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;

/**
 * A file format for the tracker's <em>Exportar</em> and <em>Importar</em>, contributed by a plug-in through
 * {@code hn.siempleo.plan.io.formats} beside the built-in Excel workbook. Stateless: calls run in worker
 * threads and read the model only; an import returns a preview that changes nothing until its command runs.
 */
public interface ActionFormat {

	/** Writes the actions, in order, with the given columns (see {@link ActionSpreadsheets#export}). */
	void export(List<Action> actions, List<ActionColumn> columns, LocalDate today, OutputStream out) throws IOException;

	/**
	 * Reads a file of this format into a preview against {@code plan} (see {@link ActionSpreadsheets#preview});
	 * only called when the extension declares {@code import="true"}.
	 *
	 * @throws SpreadsheetException when the file cannot be read, with a Spanish message
	 */
	default ImportPreview preview(InputStream in, ActionPlan plan) throws SpreadsheetException {
		throw new SpreadsheetException(Messages.ActionFormat_noImport, null);
	}
}
