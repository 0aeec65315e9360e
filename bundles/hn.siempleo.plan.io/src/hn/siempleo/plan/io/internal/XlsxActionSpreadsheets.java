// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ActionSpreadsheets;
import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.model.logic.ModelClock;

/** Actions to and from XLSX workbooks with Apache POI. */
@Component(service = ActionSpreadsheets.class)
public final class XlsxActionSpreadsheets implements ActionSpreadsheets {

	@Override
	public void export(List<Action> actions, List<ActionColumn> columns, LocalDate today, OutputStream out)
			throws IOException {
		XlsxWriter.write(actions, columns, today, out);
	}

	@Override
	public ImportPreview preview(InputStream in, ActionPlan plan) throws SpreadsheetException {
		return SheetReader.read(in, plan, ModelClock.today(plan));
	}
}
