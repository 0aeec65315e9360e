// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a refused file looks like, read from its bytes rather than from the parser's message (which changes
 * with the JDK and its language): whether it starts like XML, declares a DOCTYPE, or was cut short where the
 * parser stopped.
 */
final class FileFacts {

	private static final int HEAD = 4096;

	private FileFacts() {
	}

	/** Whether the first character after a byte-order mark and blanks is {@code <}. */
	static boolean startsLikeXml(Path file) {
		String head = head(file);
		int i = head.startsWith("\uFEFF") ? 1 : 0; //$NON-NLS-1$
		while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
			i++;
		}
		return i < head.length() && head.charAt(i) == '<';
	}

	/** Whether the prolog declares a document type. */
	static boolean hasDoctype(Path file) {
		return head(file).contains("<!DOCTYPE"); //$NON-NLS-1$
	}

	/**
	 * Whether a parser position is at the end of the file: on its last line, with nothing but blanks after the
	 * position on that line and after that line (a file of one long line, stopped early, is not cut short).
	 */
	static boolean isAtEnd(Path file, int line, int column) {
		if (line <= 0) {
			return false;
		}
		try (InputStream in = Files.newInputStream(file)) {
			int current = 1;
			int b;
			while (current < line && (b = in.read()) >= 0) {
				if (b == '\n') {
					current++;
				}
			}
			if (current < line) {
				return false;
			}
			byte[] rest = in.readAllBytes();
			int lineEnd = indexOf(rest, (byte) '\n');
			int end = lineEnd < 0 ? rest.length : lineEnd;
			// the parser counts columns in characters, from 1
			String reported = new String(rest, 0, end, StandardCharsets.UTF_8);
			if (column > 0 && column - 1 < reported.length() && !reported.substring(column - 1).isBlank()) {
				return false;
			}
			for (int i = end + 1; i < rest.length; i++) {
				if (!Character.isWhitespace(rest[i])) {
					return false;
				}
			}
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static int indexOf(byte[] bytes, byte value) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}

	private static String head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readNBytes(HEAD), StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}
}
