// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.template.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ActionFormat;

/**
 * The tracker's actions as CSV (UTF-8 with BOM, semicolons, as spreadsheets in Spanish expect): code and name
 * of each action, an example of hn.siempleo.plan.io.formats that a real plug-in would replace with its format.
 */
public final class CsvFormat implements ActionFormat {

	@Override
	public void export(List<Action> actions, List<ActionColumn> columns, LocalDate today, OutputStream out)
			throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		writer.write(Messages.CsvFormat_header);
		writer.write("\r\n"); //$NON-NLS-1$
		for (Action action : actions) {
			writer.write(cell(action.getCode()) + ";" + cell(action.getName()) + "\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		writer.flush();
	}

	/** A CSV cell: quoted, quotes doubled; a leading = + - @ is neutralised so no spreadsheet runs it. */
	static String cell(String value) {
		String text = value == null ? "" : value; //$NON-NLS-1$
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) { //$NON-NLS-1$
			text = "'" + text; //$NON-NLS-1$
		}
		return '"' + text.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
