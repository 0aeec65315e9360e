// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Coded;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Agreements;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.plan.io.Workbooks;
import hn.siempleo.referral.NetworkCommands;
import hn.siempleo.referral.internal.CsvParser;
import hn.siempleo.referral.internal.XlsxRows;

/**
 * Reads referral records from a CSV (UTF-8, {@code ;} or {@code ,}) or XLSX file into a
 * {@link ReferralImportPreview}. The first row holds the headers (any order, case and accents as written
 * here): {@code Oficina} (office code), {@code Periodo} (2024-T3 or 2024-07), {@code Desde} and
 * {@code Hacia} (institution acronym or code), {@code Servicio} (service code), {@code Cantidad} (whole
 * number, not negative) and optionally {@code Resultado} (Atendida, En proceso, No atendida, or the model's
 * literal). Each row's problems name the row and column; rows with problems are left out.
 */
public final class ReferralImport {

	/** Larger files are refused before they are parsed. */
	public static final int MAX_BYTES = 16 * 1024 * 1024;

	static final String OFFICE = "oficina";
	static final String PERIOD = "periodo";
	static final String FROM = "desde";
	static final String TO = "hacia";
	static final String SERVICE = "servicio";
	static final String COUNT = "cantidad";
	static final String OUTCOME = "resultado";
	private static final List<String> REQUIRED = List.of(OFFICE, PERIOD, FROM, TO, SERVICE, COUNT);
	private static final Pattern PERIOD_PATTERN = Pattern.compile("\\d{4}-(T[1-4]|S[12]|0[1-9]|1[0-2])");

	private ReferralImport() {
	}

	/**
	 * Reads a file: XLSX when its name ends with {@code .xlsx}, else CSV.
	 *
	 * @param agreement the agreement the records would go to, inside a workspace
	 * @throws ReferralImportException when the file cannot be read or lacks a required column
	 */
	public static ReferralImportPreview preview(Agreement agreement, Path file) throws ReferralImportException {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		} catch (IOException e) {
			throw new ReferralImportException(NLS.bind(Messages.Import_unreadable, file.getFileName()), e);
		}
		if (bytes.length > MAX_BYTES) {
			throw new ReferralImportException(Messages.Import_tooLarge, null);
		}
		boolean xlsx = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
		return xlsx ? previewXlsx(agreement, bytes) : previewCsv(agreement, bytes);
	}

	/** Reads CSV bytes in UTF-8. */
	public static ReferralImportPreview previewCsv(Agreement agreement, byte[] bytes) throws ReferralImportException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new ReferralImportException(Messages.Import_notUtf8, e);
		}
		try {
			return preview(agreement, CsvParser.parse(new StringReader(text)));
		} catch (IOException e) {
			throw new ReferralImportException(e.getMessage(), e);
		}
	}

	/**
	 * Reads XLSX bytes: the first sheet. The workbook is opened as every import of the workbench opens one
	 * ({@link Workbooks#open}): empty, old .xls, non-workbook files and zip bombs are refused with its reasons.
	 */
	public static ReferralImportPreview previewXlsx(Agreement agreement, byte[] bytes) throws ReferralImportException {
		try {
			return preview(agreement, XlsxRows.read(bytes));
		} catch (SpreadsheetException e) {
			throw new ReferralImportException(e.getMessage(), e);
		} catch (IOException e) {
			throw new ReferralImportException(Messages.Import_unreadableWorkbook, e);
		}
	}

	/** Checks rows already split into cells; the first is the header. */
	public static ReferralImportPreview preview(Agreement agreement, List<List<String>> table)
			throws ReferralImportException {
		if (table.isEmpty()) {
			throw new ReferralImportException(Messages.Import_empty, null);
		}
		Map<String, Integer> columns = new HashMap<>();
		List<String> header = table.get(0);
		for (int c = 0; c < header.size(); c++) {
			columns.putIfAbsent(normalise(header.get(c)), c);
		}
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				throw new ReferralImportException(NLS.bind(Messages.Import_missingColumn, heading(required)), null);
			}
		}
		Workspace workspace = (Workspace) agreement.eContainer();
		List<ReferralImportRow> rows = new ArrayList<>();
		for (int r = 1; r < table.size(); r++) {
			List<String> cells = table.get(r);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			rows.add(row(workspace, agreement, r + 1, cells, columns));
		}
		return new ReferralImportPreview(agreement, rows);
	}

	private static ReferralImportRow row(Workspace workspace, Agreement agreement, int number, List<String> cells,
			Map<String, Integer> columns) {
		List<RowError> problems = new ArrayList<>();
		RowReader reader = new RowReader(number, cells, columns, problems);
		Office office = reader.coded(OFFICE, workspace.getOffices(), Messages.Import_unknownOffice);
		String period = reader.text(PERIOD);
		if (!period.isEmpty() && !PERIOD_PATTERN.matcher(period).matches()) {
			problems.add(new RowError(number, heading(PERIOD), NLS.bind(Messages.Import_badPeriod, period)));
		}
		Institution from = reader.institution(FROM, workspace.getInstitutions());
		Institution to = reader.institution(TO, workspace.getInstitutions());
		if (to != null && !Agreements.isParty(agreement, to)) {
			problems.add(new RowError(number, heading(TO), NLS.bind(Messages.Import_notParty, reader.text(TO))));
		}
		Service service = reader.coded(SERVICE, workspace.getServices(), Messages.Import_unknownService);
		Integer count = reader.count(COUNT);
		ReferralOutcome outcome = reader.outcome(OUTCOME);
		ReferralRecord record = problems.isEmpty()
				? NetworkCommands.newReferral(office, period, from, to, service, count, outcome)
				: null;
		return new ReferralImportRow(number, cells, record, problems);
	}

	/** Header text for messages. */
	static String heading(String key) {
		return switch (key) {
			case OFFICE -> "Oficina";
			case PERIOD -> "Periodo";
			case FROM -> "Desde";
			case TO -> "Hacia";
			case SERVICE -> "Servicio";
			case COUNT -> "Cantidad";
			default -> "Resultado";
		};
	}

	static String normalise(String text) {
		String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** Reads the cells of one row, adding problems as it goes. */
	private record RowReader(int number, List<String> cells, Map<String, Integer> columns, List<RowError> problems) {

		String text(String key) {
			Integer c = columns.get(key);
			return c == null || c >= cells.size() || cells.get(c) == null ? "" : cells.get(c).strip();
		}

		boolean required(String key) {
			if (text(key).isEmpty()) {
				problems.add(new RowError(number, heading(key), Messages.Import_required));
				return false;
			}
			return true;
		}

		<T extends Coded> T coded(String key, List<T> candidates, String unknown) {
			if (!required(key)) {
				return null;
			}
			String value = text(key);
			for (T candidate : candidates) {
				if (value.equalsIgnoreCase(candidate.getCode())) {
					return candidate;
				}
			}
			problems.add(new RowError(number, heading(key), NLS.bind(unknown, value)));
			return null;
		}

		Institution institution(String key, List<Institution> institutions) {
			if (!required(key)) {
				return null;
			}
			String value = text(key);
			for (Institution institution : institutions) {
				if (value.equalsIgnoreCase(institution.getAcronym()) || value.equalsIgnoreCase(institution.getCode())) {
					return institution;
				}
			}
			problems.add(new RowError(number, heading(key), NLS.bind(Messages.Import_unknownInstitution, value)));
			return null;
		}

		Integer count(String key) {
			if (!required(key)) {
				return null;
			}
			String value = text(key);
			try {
				int count = Integer.parseInt(value);
				if (count >= 0) {
					return count;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			problems.add(new RowError(number, heading(key), NLS.bind(Messages.Import_badCount, value)));
			return null;
		}

		ReferralOutcome outcome(String key) {
			String value = normalise(text(key));
			if (value.isEmpty()) {
				return ReferralOutcome.IN_PROCESS;
			}
			switch (value) {
				case "atendida", "atendido", "attended":
					return ReferralOutcome.ATTENDED;
				case "en proceso", "in_process", "in process":
					return ReferralOutcome.IN_PROCESS;
				case "no atendida", "no atendido", "not_attended", "not attended":
					return ReferralOutcome.NOT_ATTENDED;
				default:
					problems.add(new RowError(number, heading(key), NLS.bind(Messages.Import_badOutcome, text(key))));
					return null;
			}
		}
	}
}
