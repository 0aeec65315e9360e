// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import hn.siempleo.model.Coded;
import hn.siempleo.model.text.Formats;
import hn.siempleo.model.text.Labels;

/**
 * Values of action columns as text, the same in the grid, its filters and the Excel files: dates and money as
 * {@link Formats} writes them, enumeration literals as {@link Labels} names them ("En proceso"), coded elements
 * by code ("EJE1"), lists of them comma separated. Safe on any thread.
 */
public final class ActionLabels {

	private ActionLabels() {
	}

	/** The text of a column value; "" for null. */
	public static String text(Object value) {
		return switch (value) {
			case null -> "";
			case String text -> text;
			case LocalDate date -> Formats.date(date);
			case BigDecimal amount -> Formats.money(amount);
			case Enumerator literal -> Labels.literal(literal);
			case Coded coded -> coded.getCode() == null ? "" : coded.getCode();
			case Collection<?> list -> list.stream().map(ActionLabels::text).collect(Collectors.joining(", "));
			default -> value.toString();
		};
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
