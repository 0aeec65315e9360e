// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.diagnostic.DiagnosticFigures;
import hn.siempleo.diagnostic.QuestionnaireColumn;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.model.text.Formats;

/**
 * Writes a diagnostic's questionnaire: a sheet with one row per assessment under a bold header, texts wrapped,
 * and lists of choices on the score, finding kind and resources cells; a second sheet names the diagnostic.
 */
final class QuestionnaireWriter {

	private QuestionnaireWriter() {
	}

	static void write(Diagnostic diagnostic, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(Messages.Questionnaire_sheet);
			CellStyle header = headerStyle(workbook);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);
			wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			QuestionnaireColumn[] columns = QuestionnaireColumn.values();
			Row top = sheet.createRow(0);
			for (QuestionnaireColumn column : columns) {
				Cell cell = top.createCell(column.ordinal());
				cell.setCellValue(column.header());
				cell.setCellStyle(header);
				sheet.setColumnWidth(column.ordinal(), width(column) * 256);
			}
			int r = 1;
			for (Assessment assessment : diagnostic.getAssessments()) {
				Row row = sheet.createRow(r++);
				for (QuestionnaireColumn column : columns) {
					Cell cell = row.createCell(column.ordinal());
					cell.setCellStyle(wrapped);
					write(cell, column, assessment);
				}
			}
			sheet.createFreezePane(0, 1);
			if (r > 1) {
				choices(sheet, QuestionnaireColumn.SCORE, r - 1, List.of("1", "2", "3", "4")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				choices(sheet, QuestionnaireColumn.FINDING_KIND, r - 1,
						Choices.FINDING_KINDS.stream().map(hn.siempleo.model.text.Labels::literal).toList());
				choices(sheet, QuestionnaireColumn.RESOURCES, r - 1,
						ResourceType.VALUES.stream().map(hn.siempleo.model.text.Labels::literal).toList());
			}
			about(workbook, diagnostic, header);
			workbook.write(out);
		}
	}

	private static void write(Cell cell, QuestionnaireColumn column, Assessment assessment) {
		Criterion criterion = assessment.getCriterion();
		Dimension dimension = DiagnosticFigures.dimensionOf(criterion);
		switch (column) {
			case DIMENSION -> text(cell, dimension == null ? null : dimension.getName());
			case CODE -> text(cell, criterion == null ? null : criterion.getCode());
			case CRITERION -> text(cell, criterion == null ? null : criterion.getName());
			case LEVELS -> text(cell, levels(criterion));
			case SCORE -> {
				if (Assessments.isAnswered(assessment)) {
					cell.setCellValue(assessment.getScore().getValue());
				}
			}
			case FINDING_KIND -> text(cell, Choices.text(assessment.getFindingKind(), FindingKind.UNSPECIFIED));
			case EVIDENCE -> text(cell, assessment.getEvidence());
			case FINDING -> text(cell, assessment.getFinding());
			case RECOMMENDATION -> text(cell, assessment.getRecommendation());
			case RESOURCES -> text(cell, Choices.text(assessment.getResourceNeed(), null));
		}
	}

	private static String levels(Criterion criterion) {
		List<String> lines = new ArrayList<>();
		for (int level = 1; level <= Assessments.levels(criterion); level++) {
			String description = Assessments.levelDescription(criterion, level);
			if (description != null) {
				lines.add(NLS.bind(Messages.Questionnaire_levelLine, level, description));
			}
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}

	private static void text(Cell cell, String value) {
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	private static void choices(Sheet sheet, QuestionnaireColumn column, int lastRow, List<String> values) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(values.toArray(String[]::new));
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	private static void about(XSSFWorkbook workbook, Diagnostic diagnostic, CellStyle header) {
		Sheet sheet = workbook.createSheet(Messages.Questionnaire_aboutSheet);
		String[][] lines = { { Messages.Questionnaire_aboutCode, diagnostic.getCode() },
				{ Messages.Questionnaire_aboutName, diagnostic.getName() },
				{ Messages.Questionnaire_aboutDate, Formats.date(diagnostic.getDate()) },
				{ Messages.Questionnaire_aboutOffice, diagnostic.getOffice() == null || diagnostic.getOffice().getCode() == null ? "" : diagnostic.getOffice().getCode() },
				{ Messages.Questionnaire_aboutHelp, "" } }; //$NON-NLS-1$
		for (int i = 0; i < lines.length; i++) {
			Row row = sheet.createRow(i);
			Cell key = row.createCell(0);
			key.setCellValue(lines[i][0]);
			key.setCellStyle(header);
			text(row.createCell(1), lines[i][1]);
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 80 * 256);
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private static int width(QuestionnaireColumn column) {
		return switch (column) {
			case CODE, SCORE -> 10;
			case DIMENSION, FINDING_KIND, RESOURCES -> 20;
			case CRITERION -> 36;
			case LEVELS, EVIDENCE, FINDING, RECOMMENDATION -> 48;
		};
	}
}
