// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes a design's queries read from each kind of row, so that a data slice leaves the others out.
 * BIRT's XML driver parses the data file once per data set and looks at every attribute of every element; an
 * action row carries some fifty attributes where the plan reads sixteen. A row kind ({@code actions/action})
 * is cut only when every query on its section reads plain attributes of that row ({@code /@code}); a section
 * any query reads otherwise (a nested path, a text node, the section element itself) is copied whole.
 * Immutable.
 */
final class SliceColumns {

	/** The largest section whose rows are cut (read into memory to be cut); a larger one is copied whole. */
	static final long MAX_CUT_BYTES = 256L << 20;

	/** No row is cut: every section is copied as it is. */
	static final SliceColumns NONE = new SliceColumns(Map.of());

	/** A query with its row path and columns: {@code #:#[/path/to/row]#:#{name;TYPE;/@attr},...}. */
	private static final Pattern QUERY = Pattern.compile("#:#\\[([^\\]]*)\\]#:#((?:\\{[^{}]*\\},?)*)"); //$NON-NLS-1$
	private static final Pattern COLUMN = Pattern.compile("\\{[^;{}]*;[^;{}]*;([^{}]*)\\}"); //$NON-NLS-1$
	private static final Pattern ATTRIBUTE = Pattern.compile("/@([A-Za-z_][\\w.-]*)"); //$NON-NLS-1$
	/** Any row path of a query, as {@link DataSlices} finds them. */
	private static final Pattern ROW_PATH = Pattern.compile("#:#\\["); //$NON-NLS-1$
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w.-]*"); //$NON-NLS-1$

	/** Row kind ({@code section/row}) → the attributes read from it. */
	private final Map<String, Set<String>> kept;

	private SliceColumns(Map<String, Set<String>> kept) {
		this.kept = kept;
	}

	/** The attributes the queries in a design's XML read from each row kind of the report data. */
	static SliceColumns of(String designXml) {
		Map<String, Set<String>> kept = new HashMap<>();
		Set<String> whole = new HashSet<>();
		String root = "/" + DataSlices.ROOT + "/"; //$NON-NLS-1$ //$NON-NLS-2$
		Matcher query = QUERY.matcher(designXml);
		int queries = 0;
		while (query.find()) {
			queries++;
			String path = query.group(1).strip();
			if (!path.startsWith(root)) {
				continue; // the root's own attributes, or a query that needs the whole file anyway
			}
			String[] steps = path.substring(root.length()).split("/", -1); //$NON-NLS-1$
			Set<String> attributes = attributes(query.group(2));
			if (steps.length != 2 || attributes == null || !NAME.matcher(steps[1]).matches()) {
				whole.add(steps[0]);
			} else {
				kept.computeIfAbsent(steps[0] + "/" + steps[1], key -> new HashSet<>()).addAll(attributes); //$NON-NLS-1$
			}
		}
		if (queries != ROW_PATH.matcher(designXml).results().count()) {
			return NONE; // a query written otherwise: its columns are unknown
		}
		kept.keySet().removeIf(kind -> whole.contains(kind.substring(0, kind.indexOf('/'))));
		Map<String, Set<String>> frozen = new HashMap<>();
		kept.forEach((kind, attributes) -> frozen.put(kind, Set.copyOf(attributes)));
		return new SliceColumns(Map.copyOf(frozen));
	}

	/** The attribute names of a query's columns; null when a column reads anything but a plain attribute. */
	private static Set<String> attributes(String columns) {
		Set<String> names = new HashSet<>();
		Matcher column = COLUMN.matcher(columns);
		while (column.find()) {
			Matcher attribute = ATTRIBUTE.matcher(column.group(1).strip());
			if (!attribute.matches()) {
				return null;
			}
			names.add(attribute.group(1));
		}
		return names.isEmpty() ? null : names;
	}

	/** The attributes kept for a row kind ({@code actions/action}); null when its rows are copied whole. */
	Set<String> kept(String section, String row) {
		return kept.get(section + "/" + row); //$NON-NLS-1$
	}

	/** Whether some row of the section is cut. */
	boolean cuts(String section) {
		String prefix = section + "/"; //$NON-NLS-1$
		return kept.keySet().stream().anyMatch(kind -> kind.startsWith(prefix));
	}

	/**
	 * Copies a section as the report-data writer wrote it (one element per row, every attribute value quoted
	 * with {@code "} and free of {@code " < >}), leaving out of its rows the attributes no query reads.
	 */
	void copy(FileChannel in, long from, long to, String section, OutputStream out) throws IOException {
		// read, not mapped: a mapped file cannot be deleted on Windows until the mapping is collected
		ByteBuffer read = ByteBuffer.allocate(Math.toIntExact(to - from));
		while (read.hasRemaining()) {
			if (in.read(read, from + read.position()) < 0) {
				throw new IOException("The report data ended before byte " + to); //$NON-NLS-1$
			}
		}
		byte[] bytes = read.array();
		Output copy = new Output(out);
		int depth = 0;
		int i = 0;
		int n = bytes.length;
		while (i < n) {
			byte b = bytes[i];
			if (b != '<' || i + 1 >= n || bytes[i + 1] == '/') {
				if (b == '<') {
					depth--;
				}
				copy.put(b);
				i++;
				continue;
			}
			// a start tag: its name, then its attributes one by one
			int nameStart = i + 1;
			int nameEnd = nameStart;
			while (nameEnd < n && !isTagEnd(bytes[nameEnd])) {
				nameEnd++;
			}
			Set<String> keep = depth == 1 ? kept(section, text(bytes, nameStart, nameEnd)) : null;
			copy.put(bytes, i, nameEnd);
			i = nameEnd;
			while (i < n && bytes[i] == ' ') {
				int attributeStart = i;
				int equals = i + 1;
				while (equals < n && bytes[equals] != '=') {
					equals++;
				}
				int close = equals + 2; // past ="
				while (close < n && bytes[close] != '"') {
					close++;
				}
				if (keep == null || keep.contains(text(bytes, attributeStart + 1, equals))) {
					copy.put(bytes, attributeStart, Math.min(close + 1, n));
				}
				i = close + 1;
			}
			if (i < n && bytes[i] == '/') {
				copy.put((byte) '/');
				i++;
			} else {
				depth++;
			}
		}
		copy.flush();
	}

	private static boolean isTagEnd(byte b) {
		return b == ' ' || b == '/' || b == '>';
	}

	private static String text(byte[] bytes, int from, int to) {
		return new String(bytes, from, to - from, StandardCharsets.UTF_8);
	}

	/** A small buffer in front of the slice's stream. */
	private static final class Output {
		private final OutputStream out;
		private final byte[] buffer = new byte[1 << 16];
		private int count;

		Output(OutputStream out) {
			this.out = out;
		}

		void put(byte b) throws IOException {
			if (count == buffer.length) {
				flush();
			}
			buffer[count++] = b;
		}

		void put(byte[] bytes, int from, int to) throws IOException {
			int length = to - from;
			if (length > buffer.length - count) {
				flush();
			}
			if (length > buffer.length) {
				out.write(bytes, from, length);
				return;
			}
			System.arraycopy(bytes, from, buffer, count, length);
			count += length;
		}

		void flush() throws IOException {
			out.write(buffer, 0, count);
			count = 0;
		}
	}
}
