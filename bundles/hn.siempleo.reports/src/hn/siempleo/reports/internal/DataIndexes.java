// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hn.siempleo.reports.internal.data.DataSection;

/**
 * Where the sections lie in the report-data files this service wrote lately, so that a render copies the
 * sections its design reads by byte ranges instead of parsing the file ({@link DataSlices}). An entry serves
 * only while the file has the size and modification time it had when written, and its sections still start
 * where they were written; otherwise the render parses the file as before. Keeps the last few files.
 * Thread-safe.
 */
final class DataIndexes {

	private static final int KEPT = 16;

	private record Known(long size, FileTime modified, List<DataSection> sections) {
	}

	private final Map<Path, Known> entries = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Known> eldest) {
			return size() > KEPT;
		}
	};

	/** Notes the sections of a file just written (and closed). */
	void remember(Path file, List<DataSection> sections) {
		if (sections.isEmpty()) {
			return;
		}
		try {
			Known entry = new Known(Files.size(file), Files.getLastModifiedTime(file), List.copyOf(sections));
			synchronized (entries) {
				entries.put(file.toAbsolutePath(), entry);
			}
		} catch (IOException e) {
			// without an index the render parses the file
		}
	}

	/** The sections of {@code file} if this service wrote it and it has not changed since. */
	Optional<List<DataSection>> find(Path file) {
		Known entry;
		synchronized (entries) {
			entry = entries.get(file.toAbsolutePath());
		}
		if (entry == null) {
			return Optional.empty();
		}
		try (FileChannel channel = FileChannel.open(file)) {
			if (channel.size() != entry.size() || !Files.getLastModifiedTime(file).equals(entry.modified())
					|| !startsAt(channel, entry.sections().get(0)) || !startsAt(channel, entry.sections().getLast())) {
				return Optional.empty();
			}
		} catch (IOException e) {
			return Optional.empty();
		}
		return Optional.of(entry.sections());
	}

	/** Whether the file holds a line break, indentation and the section's start tag at its offset. */
	private static boolean startsAt(FileChannel channel, DataSection section) throws IOException {
		byte[] expected = ("\n  <" + section.name()).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		ByteBuffer read = ByteBuffer.allocate(expected.length);
		while (read.hasRemaining() && channel.read(read, section.start() + read.position()) > 0) {
			// read on
		}
		return !read.hasRemaining() && ByteBuffer.wrap(expected).equals(read.flip());
	}
}
