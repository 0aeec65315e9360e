// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import hn.siempleo.model.Coded;
import hn.siempleo.model.provider.SiempleoEditPlugin;

/**
 * Values of action columns as text, the same in the grid, its filters and the Excel files: dates as Honduras
 * writes them ("31/12/2025"), money in lempiras ("L 1,250.00"), enumeration literals with the names of the
 * model's item providers ("En proceso"), coded elements by code ("EJE1"), lists of them comma separated.
 * Safe on any thread.
 */
public final class ActionLabels {

	/** The date pattern of cells and files, e.g. 05/03/2025. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Literal names by literal: the language does not change while the workbench runs. */
	private static final Map<Enumerator, String> LITERALS = new ConcurrentHashMap<>();

	/** DecimalFormat is not thread-safe and costly to create: one per thread. */
	private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal
			.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)));

	private ActionLabels() {
	}

	/** The text of a column value; "" for null. */
	public static String text(Object value) {
		return switch (value) {
			case null -> "";
			case String text -> text;
			case LocalDate date -> DATE.format(date);
			case BigDecimal amount -> money(amount);
			case Enumerator literal -> literal(literal);
			case Coded coded -> coded.getCode() == null ? "" : coded.getCode();
			case Collection<?> list -> list.stream().map(ActionLabels::text).collect(Collectors.joining(", "));
			default -> value.toString();
		};
	}

	/** Lempiras with thousands separators and two decimals, e.g. "L 1,250.00"; "" for null. */
	public static String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		return "L " + MONEY.get().format(amount);
	}

	/**
	 * The user's name of an enumeration literal from the model's item providers (Spanish or English with the
	 * workbench), e.g. "Completada" for {@code ActionStatus.DONE}; the literal itself when none is known.
	 */
	public static String literal(Enumerator literal) {
		return LITERALS.computeIfAbsent(literal, ActionLabels::lookUp);
	}

	private static String lookUp(Enumerator literal) {
		String key = "_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal";
		try {
			return SiempleoEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return literal.getLiteral();
		}
	}

	/**
	 * Text folded for matching what planners type: lower case, without accents or diaeresis, surrounding
	 * blanks removed ("  Gestión " becomes "gestion"); "" for null. Fast on plain ASCII.
	 */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String stripped = text.strip();
		StringBuilder folded = null;
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			char f = foldChar(c);
			if (f != c && folded == null) {
				folded = new StringBuilder(stripped.length()).append(stripped, 0, i);
			}
			if (folded != null) {
				folded.append(f);
			}
		}
		return folded == null ? stripped : folded.toString();
	}

	private static char foldChar(char c) {
		if (c < 128) {
			return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
		}
		return switch (Character.toLowerCase(c)) {
			case 'á', 'à', 'â', 'ä', 'ã' -> 'a';
			case 'é', 'è', 'ê', 'ë' -> 'e';
			case 'í', 'ì', 'î', 'ï' -> 'i';
			case 'ó', 'ò', 'ô', 'ö', 'õ' -> 'o';
			case 'ú', 'ù', 'û', 'ü' -> 'u';
			case 'ñ' -> 'n';
			case 'ç' -> 'c';
			case '\u00a0' -> ' ';
			default -> Character.toLowerCase(c);
		};
	}
}
