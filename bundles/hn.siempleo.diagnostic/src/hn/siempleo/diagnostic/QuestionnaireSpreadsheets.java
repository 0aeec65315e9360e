// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import hn.siempleo.model.Diagnostic;
import hn.siempleo.plan.io.SpreadsheetException;

/**
 * A diagnostic's questionnaire to and from Excel workbooks (XLSX), so that office staff fill it where they are:
 * one row per criterion with the {@link QuestionnaireColumn}s. An OSGi service; stateless, so calls may run in
 * jobs, but read the model where it may be read.
 */
public interface QuestionnaireSpreadsheets {

	/**
	 * Writes the questionnaire of a diagnostic: one row per assessment, in order, with the current answers; the
	 * score, finding kind and resources columns offer their choices.
	 *
	 * @param out where the workbook goes; not closed
	 * @throws IOException when writing fails
	 */
	void export(Diagnostic diagnostic, OutputStream out) throws IOException;

	/**
	 * Reads a filled questionnaire and compares it with a diagnostic, row by row (matched by criterion code).
	 * Nothing is changed.
	 *
	 * @param in the workbook; read fully, not closed
	 * @return the preview, with every row and its errors
	 * @throws SpreadsheetException when the file is not a readable XLSX workbook or lacks the code column
	 */
	QuestionnairePreview preview(InputStream in, Diagnostic diagnostic) throws SpreadsheetException;
}
