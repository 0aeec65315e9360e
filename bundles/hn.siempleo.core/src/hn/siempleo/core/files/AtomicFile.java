// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.UUID;

/**
 * A file written aside and moved over its target in one step, so the target never exists half written: a
 * temporary file is created in the target's folder (as a new file, so it gets the permissions of the user's
 * umask), filled by the caller, forced to disk, given the permissions and group of the file it replaces, and
 * renamed over it. Closing without {@link #commit()} removes the temporary file and leaves the target as it
 * was. Used by every writer of the product: model saves, reports, exports.
 */
public final class AtomicFile implements AutoCloseable {

	private final Path target;
	private Path temp;

	private AtomicFile(Path target, Path temp) {
		this.target = target;
		this.temp = temp;
	}

	/** Starts writing {@code target}; its folder is created when missing. */
	public static AtomicFile create(Path target) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
		return new AtomicFile(absolute, temp);
	}

	/** The file being replaced. */
	public Path target() {
		return target;
	}

	/** The temporary file to fill; it exists and is empty at first. */
	public Path temp() {
		if (temp == null) {
			throw new IllegalStateException("already committed or closed"); //$NON-NLS-1$
		}
		return temp;
	}

	/** A stream over the temporary file, from its start. */
	public OutputStream openStream() throws IOException {
		return Files.newOutputStream(temp(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
	}

	/**
	 * Forces the temporary file to disk, gives it the existing target's permissions and group, and renames it
	 * over the target; then forces the folder where the platform allows it.
	 */
	public void commit() throws IOException {
		Path written = temp();
		try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		if (Files.exists(target)) {
			copyPermissions(target, written);
		}
		try {
			Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
		}
		temp = null;
		forceFolder(target.getParent());
	}

	/** Removes the temporary file when the write was not committed. */
	@Override
	public void close() {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				temp.toFile().deleteOnExit();
			}
			temp = null;
		}
	}

	/** Gives {@code to} the permissions and group of {@code from} (POSIX), or its read-only flag (DOS). */
	static void copyPermissions(Path from, Path to) throws IOException {
		PosixFileAttributeView posix = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (posix != null) {
			PosixFileAttributes existing = Files.readAttributes(from, PosixFileAttributes.class);
			GroupPrincipal group = existing.group();
			try {
				if (!group.equals(Files.readAttributes(to, PosixFileAttributes.class).group())) {
					posix.setGroup(group);
				}
			} catch (FileSystemException e) {
				// not a member of the file's group: the file keeps the user's group, permissions still follow
			}
			posix.setPermissions(existing.permissions());
			return;
		}
		DosFileAttributeView dos = Files.getFileAttributeView(to, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		if (dos != null) {
			dos.setReadOnly(Files.readAttributes(from, java.nio.file.attribute.DosFileAttributes.class).isReadOnly());
		}
	}

	/** Makes the rename durable where the platform allows opening a folder (not on Windows). */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// not supported for folders on this platform; the file itself was forced before the rename
		}
	}
}
