// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, faster where a large export spends its time: the rows' XML goes to its temporary
 * file through an unsynchronized UTF-8 writer (POI's writes every attribute and text through a synchronized
 * {@code BufferedWriter}, millions of calls for 100,000 rows), and the workbook is zipped with the fastest
 * deflate level (the sheet's XML is very repetitive: the file grows little).
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	StreamingWorkbook(int rowWindow) {
		super(rowWindow);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new SheetDataWriter() {
			@Override
			public Writer createWriter(File file) throws IOException {
				return new Utf8Writer(new FileOutputStream(file));
			}
		};
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	/** A buffered UTF-8 writer for one thread; malformed surrogates become '?', as with an OutputStreamWriter. */
	static final class Utf8Writer extends Writer {
		private final OutputStream out;
		private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
				.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
		private final CharBuffer chars = CharBuffer.allocate(1 << 15);
		private final ByteBuffer bytes = ByteBuffer.allocate(1 << 17);
		private boolean closed;

		Utf8Writer(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int c) throws IOException {
			if (!chars.hasRemaining()) {
				encode(false);
			}
			chars.put((char) c);
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			while (length > 0) {
				if (!chars.hasRemaining()) {
					encode(false);
				}
				int n = Math.min(length, chars.remaining());
				chars.put(buffer, offset, n);
				offset += n;
				length -= n;
			}
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			while (length > 0) {
				if (!chars.hasRemaining()) {
					encode(false);
				}
				int n = Math.min(length, chars.remaining());
				chars.put(text, offset, offset + n);
				offset += n;
				length -= n;
			}
		}

		/** Encodes the buffered characters (keeping a trailing high surrogate unless this is the end). */
		private void encode(boolean end) throws IOException {
			chars.flip();
			while (true) {
				CoderResult result = encoder.encode(chars, bytes, end);
				if (result.isOverflow()) {
					drain();
				} else {
					break;
				}
			}
			if (end) {
				while (encoder.flush(bytes).isOverflow()) {
					drain();
				}
			}
			chars.compact();
			drain();
		}

		private void drain() throws IOException {
			out.write(bytes.array(), 0, bytes.position());
			bytes.clear();
		}

		@Override
		public void flush() throws IOException {
			encode(false);
			out.flush();
		}

		@Override
		public void close() throws IOException {
			if (closed) {
				return;
			}
			closed = true;
			try {
				encode(true);
			} finally {
				out.close();
			}
		}
	}
}
