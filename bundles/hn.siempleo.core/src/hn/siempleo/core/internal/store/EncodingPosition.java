// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a file stops being valid in the encoding it declares: the XML parser reports invalid bytes without a
 * position, so the file is decoded again, strictly, to find the line and column of the first bad byte.
 */
final class EncodingPosition {

	private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']"); //$NON-NLS-1$

	/** The declared encoding ("UTF-8" when none), the line and the column; null when the file decodes. */
	record Problem(String encoding, int line, int column) {
	}

	private EncodingPosition() {
	}

	static Problem find(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(256);
			Charset charset = declared(head);
			CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT);
			ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
			bytes.put(head).flip();
			CharBuffer chars = CharBuffer.allocate(64 * 1024);
			int line = 1;
			int column = 1;
			boolean end = false;
			while (true) {
				CoderResult result = decoder.decode(bytes, chars, end);
				chars.flip();
				while (chars.hasRemaining()) {
					if (chars.get() == '\n') {
						line++;
						column = 1;
					} else {
						column++;
					}
				}
				chars.clear();
				if (result.isError()) {
					return new Problem(charset.name(), line, column);
				}
				if (end) {
					return null;
				}
				if (result.isUnderflow()) {
					bytes.compact();
					int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
					if (n < 0) {
						end = true;
					} else {
						bytes.position(bytes.position() + n);
					}
					bytes.flip();
				}
			}
		} catch (IOException e) {
			return null;
		}
	}

	private static Charset declared(byte[] head) {
		Matcher matcher = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
		if (matcher.find()) {
			try {
				return Charset.forName(matcher.group(1));
			} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
				return StandardCharsets.UTF_8;
			}
		}
		return StandardCharsets.UTF_8;
	}
}
