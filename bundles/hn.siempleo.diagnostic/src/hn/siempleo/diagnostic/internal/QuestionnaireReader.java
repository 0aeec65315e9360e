// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.diagnostic.QuestionnaireColumn;
import hn.siempleo.diagnostic.QuestionnairePreview;
import hn.siempleo.diagnostic.QuestionnaireRow;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.plan.io.Workbooks;

/**
 * Reads a filled questionnaire into a preview: the sheet named like ours (else the first), its header row, then
 * one row per criterion matched by code. Every problem of a row becomes a {@link RowError}, naming the column as
 * the file writes it; the sheet as a whole fails only when it cannot be read or has no code column. The sheet's
 * name, its headers and its choices (finding kinds, resources, levels) are read in every language of the
 * workbench, whatever language it runs in, so that offices running it in Spanish and in English read each
 * other's questionnaires.
 */
final class QuestionnaireReader {

	/** Rows a questionnaire may have at most, the header excluded. */
	static final int MAX_ROWS = 10_000;

	private static final Pattern LEADING_LEVEL = Pattern.compile("([0-9]+)(?:[.,]0+)?(?:\\s.*)?", Pattern.DOTALL); //$NON-NLS-1$

	private final Diagnostic diagnostic;
	private final Map<String, Assessment> byCode = new HashMap<>();
	private final Choices choices = new Choices();
	/** The columns' headers as the file writes them. */
	private final Map<QuestionnaireColumn, String> headers = new EnumMap<>(QuestionnaireColumn.class);

	private QuestionnaireReader(Diagnostic diagnostic) {
		this.diagnostic = diagnostic;
		for (Assessment assessment : diagnostic.getAssessments()) {
			if (assessment.getCriterion() != null && assessment.getCriterion().getCode() != null) {
				byCode.putIfAbsent(key(assessment.getCriterion().getCode()), assessment);
			}
		}
	}

	static QuestionnairePreview read(InputStream in, Diagnostic diagnostic) throws SpreadsheetException {
		try (XSSFWorkbook workbook = Workbooks.open(in)) {
			return new QuestionnaireReader(diagnostic).read(workbook);
		} catch (IOException e) {
			throw new SpreadsheetException(Messages.Questionnaire_unreadable, e);
		}
	}

	private QuestionnairePreview read(XSSFWorkbook workbook) throws SpreadsheetException {
		Sheet sheet = questionnaireSheet(workbook);
		if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
			throw new SpreadsheetException(Messages.Questionnaire_noHeader, null);
		}
		Row header = sheet.getRow(sheet.getFirstRowNum());
		Map<QuestionnaireColumn, Integer> columns = columns(header);
		if (!columns.containsKey(QuestionnaireColumn.CODE)) {
			throw new SpreadsheetException(
					NLS.bind(Messages.Questionnaire_missingColumn, QuestionnaireColumn.CODE.header()), null);
		}
		if (sheet.getLastRowNum() - header.getRowNum() > MAX_ROWS) {
			throw new SpreadsheetException(NLS.bind(Messages.Questionnaire_tooManyRows, MAX_ROWS), null);
		}
		List<QuestionnaireRow> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && !blank(row, columns)) {
				rows.add(row(row, columns, seen));
			}
		}
		return new QuestionnairePreview(diagnostic, rows);
	}

	private QuestionnaireRow row(Row row, Map<QuestionnaireColumn, Integer> columns, Set<String> seen) {
		int number = row.getRowNum() + 1;
		List<RowError> errors = new ArrayList<>();
		String code = text(row, columns, QuestionnaireColumn.CODE);
		Assessment assessment = null;
		String codeHeader = headers.get(QuestionnaireColumn.CODE);
		if (code.isEmpty()) {
			errors.add(new RowError(number, codeHeader, Messages.Questionnaire_codeMissing));
		} else if (!seen.add(key(code))) {
			errors.add(new RowError(number, codeHeader, NLS.bind(Messages.Questionnaire_codeRepeated, code)));
		} else {
			assessment = byCode.get(key(code));
			if (assessment == null) {
				errors.add(new RowError(number, codeHeader,
						NLS.bind(Messages.Questionnaire_unknownCriterion, code, diagnostic.getCode())));
			}
		}
		Map<QuestionnaireColumn, Object> values = new EnumMap<>(QuestionnaireColumn.class);
		for (QuestionnaireColumn column : columns.keySet()) {
			if (!column.imported()) {
				continue;
			}
			String text = text(row, columns, column);
			Object value = switch (column) {
				case SCORE -> score(text, assessment);
				case FINDING_KIND -> choices.findingKind(text);
				case RESOURCES -> choices.resources(text);
				default -> text.isEmpty() ? null : text;
			};
			if (value instanceof String reason && column == QuestionnaireColumn.SCORE) {
				errors.add(new RowError(number, headers.get(column), reason));
			} else if (value == null && !text.isEmpty() && column != QuestionnaireColumn.EVIDENCE
					&& column != QuestionnaireColumn.FINDING && column != QuestionnaireColumn.RECOMMENDATION) {
				errors.add(new RowError(number, headers.get(column),
						NLS.bind(Messages.Questionnaire_unknownChoice, text)));
			} else {
				values.put(column, value);
			}
		}
		return new QuestionnaireRow(number, code, assessment, values, errors);
	}

	/** The level read, or the reason it is wrong as a String. */
	private Object score(String text, Assessment assessment) {
		if (text.isEmpty()) {
			return MaturityLevel.NOT_ASSESSED;
		}
		int levels = Assessments.levels(assessment == null ? null : assessment.getCriterion());
		Matcher matcher = LEADING_LEVEL.matcher(text);
		if (matcher.matches()) {
			int level = Integer.parseInt(matcher.group(1));
			if (level >= 1 && level <= levels) {
				return MaturityLevel.get(level);
			}
		} else {
			MaturityLevel named = choices.level(text);
			if (named != null && named != MaturityLevel.NOT_ASSESSED && named.getValue() <= levels) {
				return named;
			}
		}
		return NLS.bind(Messages.Questionnaire_scoreRange, levels, text);
	}

	/** The sheet named like ours in the workbench's language or any of its languages, else the first; null for none. */
	private static Sheet questionnaireSheet(XSSFWorkbook workbook) {
		List<String> accepted = Stream.concat(Stream.of(Messages.Questionnaire_sheet), Messages.sheetNames().stream())
				.map(QuestionnaireReader::key).toList();
		for (Sheet sheet : workbook) {
			if (accepted.contains(key(sheet.getSheetName()))) {
				return sheet;
			}
		}
		return workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
	}

	/** The columns of the header row by index, the first of each; their headers as written go to {@link #headers}. */
	private Map<QuestionnaireColumn, Integer> columns(Row header) {
		Map<String, QuestionnaireColumn> known = columnsByHeader();
		Map<QuestionnaireColumn, Integer> columns = new EnumMap<>(QuestionnaireColumn.class);
		for (Cell cell : header) {
			String text = Workbooks.text(cell);
			QuestionnaireColumn column = known.get(key(text));
			if (column != null && columns.putIfAbsent(column, cell.getColumnIndex()) == null) {
				headers.put(column, text.strip());
			}
		}
		return columns;
	}

	/**
	 * The columns by their header in the workbench's language, in any of its languages, or id (case and accents
	 * ignored): should two of these ever be alike, the one named first here wins.
	 */
	static Map<String, QuestionnaireColumn> columnsByHeader() {
		Map<String, QuestionnaireColumn> known = new HashMap<>();
		for (QuestionnaireColumn column : QuestionnaireColumn.values()) {
			known.putIfAbsent(key(column.header()), column);
		}
		for (QuestionnaireColumn column : QuestionnaireColumn.values()) {
			column.headers().forEach(text -> known.putIfAbsent(key(text), column));
		}
		for (QuestionnaireColumn column : QuestionnaireColumn.values()) {
			known.putIfAbsent(key(column.id()), column);
		}
		return known;
	}

	private static boolean blank(Row row, Map<QuestionnaireColumn, Integer> columns) {
		return columns.keySet().stream().allMatch(column -> text(row, columns, column).isEmpty());
	}

	private static String text(Row row, Map<QuestionnaireColumn, Integer> columns, QuestionnaireColumn column) {
		Integer index = columns.get(column);
		return index == null ? "" : Workbooks.text(row.getCell(index)); //$NON-NLS-1$
	}

	static String key(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT);
	}
}
