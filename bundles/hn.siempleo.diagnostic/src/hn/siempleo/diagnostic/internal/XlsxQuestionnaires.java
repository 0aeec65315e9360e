// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import hn.siempleo.diagnostic.QuestionnairePreview;
import hn.siempleo.diagnostic.QuestionnaireSpreadsheets;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.plan.io.SpreadsheetException;

/** Diagnostic questionnaires to and from XLSX workbooks with Apache POI. */
@Component(service = QuestionnaireSpreadsheets.class)
public final class XlsxQuestionnaires implements QuestionnaireSpreadsheets {

	@Override
	public void export(Diagnostic diagnostic, OutputStream out) throws IOException {
		QuestionnaireWriter.write(diagnostic, out);
	}

	@Override
	public QuestionnairePreview preview(InputStream in, Diagnostic diagnostic) throws SpreadsheetException {
		return QuestionnaireReader.read(in, diagnostic);
	}
}
