// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the {@code attrs} and {@code refs} columns: one object whose values are strings, arrays of strings
 * or null. Nothing else is written, and reading anything else fails: the columns never hold numbers or nested
 * objects, whoever wrote them.
 */
final class Json {

	private Json() {
	}

	/** Writes a map of feature name to String, List of String or null. */
	static String write(Map<String, Object> values) {
		StringBuilder out = new StringBuilder(values.size() * 24 + 2).append('{');
		boolean first = true;
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			if (!first) {
				out.append(',');
			}
			first = false;
			string(out, entry.getKey()).append(':');
			Object value = entry.getValue();
			if (value == null) {
				out.append("null");
			} else if (value instanceof List<?> list) {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					string(out, (String) list.get(i));
				}
				out.append(']');
			} else {
				string(out, (String) value);
			}
		}
		return out.append('}').toString();
	}

	private static StringBuilder string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"');
	}

	/** Reads what {@link #write} writes (as jsonb gives it back: any spacing, any key order). */
	static Map<String, Object> read(String json) {
		Reader reader = new Reader(json);
		Map<String, Object> values = reader.object();
		reader.end();
		return values;
	}

	/** Feature names seen so far (copy on write: readers on several threads only ever see a complete array). */
	private static volatile String[] KEYS = new String[0];

	private static final class Reader {
		private final String s;
		private int i;

		Reader(String s) {
			this.s = s;
		}

		Map<String, Object> object() {
			Map<String, Object> values = new LinkedHashMap<>();
			expect('{');
			if (peek() == '}') {
				i++;
				return values;
			}
			do {
				String key = key();
				expect(':');
				values.put(key, value());
			} while (next() == ',');
			i--;
			expect('}');
			return values;
		}

		private Object value() {
			char c = peek();
			if (c == '"') {
				return string();
			}
			if (c == '[') {
				i++;
				List<String> list = new ArrayList<>();
				if (peek() == ']') {
					i++;
					return list;
				}
				do {
					list.add(string());
				} while (next() == ',');
				i--;
				expect(']');
				return list;
			}
			if (s.startsWith("null", i)) {
				i += 4;
				return null;
			}
			throw new IllegalArgumentException("unexpected JSON at " + i); //$NON-NLS-1$
		}

		/**
		 * A key: feature names repeat on every row, so one shared String per name (a plan of 100,000 rows would
		 * otherwise keep 600,000 copies of a dozen names).
		 */
		private String key() {
			expect('"');
			int start = i;
			int end = s.indexOf('"', start);
			if (end < 0 || !plain(start, end)) {
				i = start - 1;
				return string();
			}
			i = end + 1;
			int length = end - start;
			String[] known = KEYS;
			for (String key : known) {
				if (key.length() == length && s.regionMatches(start, key, 0, length)) {
					return key;
				}
			}
			String key = s.substring(start, end);
			if (known.length < 256) { // feature names only; bounded in case a column holds anything else
				String[] more = java.util.Arrays.copyOf(known, known.length + 1);
				more[known.length] = key;
				KEYS = more;
			}
			return key;
		}

		/** Whether s[start, end) holds no escape. */
		private boolean plain(int start, int end) {
			for (int k = start; k < end; k++) {
				if (s.charAt(k) == '\\') {
					return false;
				}
			}
			return true;
		}

		private String string() {
			expect('"');
			int start = i;
			int end = s.indexOf('"', start);
			if (end >= 0 && plain(start, end)) { // the usual case: no escapes, one copy
				i = end + 1;
				return s.substring(start, end);
			}
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = s.charAt(i++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = s.charAt(i++);
				switch (e) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
					i += 4;
				}
				default -> out.append(e);
				}
			}
		}

		private char peek() {
			while (Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			return s.charAt(i);
		}

		private char next() {
			char c = peek();
			i++;
			return c;
		}

		private void expect(char c) {
			if (next() != c) {
				throw new IllegalArgumentException("expected " + c + " at " + (i - 1)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		void end() {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			if (i != s.length()) {
				throw new IllegalArgumentException("trailing JSON at " + i); //$NON-NLS-1$
			}
		}
	}
}
