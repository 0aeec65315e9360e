// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader (no CSV library is in the target platform): fields separated by the first of
 * {@code ;} or {@code ,} found in the header line (spreadsheets in Spanish write {@code ;}), quoted with
 * {@code "} ({@code ""} inside quotes is a quote), quoted fields may span lines, CRLF or LF line ends, a
 * leading byte-order mark ignored. Input is limited in size by the caller.
 */
public final class CsvParser {

	private CsvParser() {
	}

	/** Every record of the text, blank lines included as one empty field. */
	public static List<List<String>> parse(Reader reader) throws IOException {
		String text = readAll(reader);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		char separator = separatorOf(text);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i += 2;
					continue;
				}
				if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
			} else if (c == separator) {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' || c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			} else {
				field.append(c);
			}
			i++;
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	private static char separatorOf(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ';' || c == ',') {
				return c;
			}
			if (c == '\n' || c == '\r') {
				break;
			}
		}
		return ';';
	}

	private static String readAll(Reader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int n; (n = reader.read(buffer)) >= 0;) {
			text.append(buffer, 0, n);
		}
		return text.toString();
	}
}
