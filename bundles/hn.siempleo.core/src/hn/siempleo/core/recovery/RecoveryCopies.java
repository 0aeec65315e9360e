// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.files.AtomicFile;

/**
 * Copies of the unsaved changes of open models, kept in a private folder so that a crash, a killed process or a
 * power cut loses at most the last seconds of work. The workbench {@linkplain #write writes} a copy a few seconds
 * after an edit, {@linkplain #discard deletes} it once the model is saved or its changes are discarded, and offers
 * what is {@linkplain #pending() pending} at the next start. Only models stored in a file have copies (a shared
 * plan keeps its edits on its server).
 * <p>
 * One copy per model location: a model file written as a save writes one (extensions kept), beside a small
 * description of where the model lives and when the copy was made. The model file itself is never touched.
 */
public final class RecoveryCopies {

	private static final String COPY = ".siempleo"; //$NON-NLS-1$
	private static final String PART = ".parcial.siempleo"; //$NON-NLS-1$
	private static final String ABOUT = ".properties"; //$NON-NLS-1$
	private static final String LOCATION_KEY = "modelo"; //$NON-NLS-1$
	private static final String WRITTEN_KEY = "copia"; //$NON-NLS-1$
	private static final String VERSION_KEY = "version"; //$NON-NLS-1$

	private final Path folder;
	private final ModelService service;
	private final Clock clock;

	/**
	 * A copy left by a session that ended without saving or discarding its changes.
	 *
	 * @param version the store's version of what that session had read (its changes are over that), or null
	 */
	public record Pending(URI location, Instant written, URI copy, String version) {

		/** The model file's name, for messages. */
		public String fileName() {
			return location.lastSegment() == null ? location.toString() : URI.decode(location.lastSegment());
		}
	}

	/**
	 * @param folder where the copies are kept (created when first needed, readable by its owner only)
	 * @param service writes and reads the copies as it saves and opens models
	 * @param clock tells when a copy was made
	 */
	public RecoveryCopies(Path folder, ModelService service, Clock clock) {
		this.folder = folder;
		this.service = service;
		this.clock = clock;
	}

	/** Whether a model has copies: only one stored in a file. */
	public static boolean applies(OpenModel model) {
		return model != null && model.location().isFile();
	}

	/**
	 * Writes a copy of a model as it is now and keeps it, replacing its earlier copy only once the new one is
	 * complete ({@link #draft} then {@link #keep}, or {@link #drop} when {@code unchanged} says the model was
	 * edited while it was written: such a copy could mix two states).
	 *
	 * @return whether a copy was kept
	 * @throws ModelStoreException when it could not be written (the earlier copy is kept)
	 */
	public boolean write(OpenModel model, BooleanSupplier unchanged, IProgressMonitor monitor) throws ModelStoreException {
		Draft draft = draft(model, monitor);
		if (draft == null) {
			return false;
		}
		if (!unchanged.getAsBoolean()) {
			drop(draft);
			return false;
		}
		keep(draft);
		return true;
	}

	/**
	 * A copy written beside the kept one, not offered until it is {@linkplain #keep kept}.
	 *
	 * @param version the store's version of what the model was read from or last saved as, as text, or null
	 */
	public record Draft(URI location, Path file, String version) {
	}

	/**
	 * Writes a copy of a model as it is now, without replacing its kept copy. May run on another thread than the
	 * one editing the model, as long as the caller {@linkplain #drop drops} the draft when the model was edited
	 * meanwhile. Null for a model that has no copies ({@link #applies}).
	 *
	 * @throws ModelStoreException when it could not be written
	 */
	public Draft draft(OpenModel model, IProgressMonitor monitor) throws ModelStoreException {
		if (!applies(model)) {
			return null;
		}
		URI location = model.location();
		Path part = folder.resolve(key(location) + PART);
		try {
			createFolder();
			Files.deleteIfExists(part);
			Object version = model.storedVersion();
			service.saveCopy(model, URI.createFileURI(part.toString()), monitor);
			return new Draft(location, part, version instanceof String text ? text : null);
		} catch (IOException e) {
			throw failure(e);
		}
	}

	/** Makes a draft the copy of its model's location (replacing the earlier one at once), written now. */
	public void keep(Draft draft) throws ModelStoreException {
		String key = key(draft.location());
		try {
			move(draft.file(), folder.resolve(key + COPY));
			Properties about = new Properties();
			about.setProperty(LOCATION_KEY, draft.location().toString());
			about.setProperty(WRITTEN_KEY, clock.instant().toString());
			if (draft.version() != null) {
				about.setProperty(VERSION_KEY, draft.version());
			}
			try (AtomicFile file = AtomicFile.create(folder.resolve(key + ABOUT))) {
				try (OutputStream out = file.openStream()) {
					about.store(out, null);
				}
				file.commit();
			}
		} catch (IOException e) {
			throw failure(e);
		}
	}

	/** Deletes a draft that is not to be kept. */
	public void drop(Draft draft) {
		try {
			Files.deleteIfExists(draft.file());
		} catch (IOException e) {
			// replaced by the next draft of the same model
		}
	}

	/** The copies left by earlier sessions, the newest first; a copy whose description is unreadable is left out. */
	public List<Pending> pending() {
		List<Pending> found = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return found;
		}
		try (DirectoryStream<Path> abouts = Files.newDirectoryStream(folder, "*" + ABOUT)) { //$NON-NLS-1$
			for (Path about : abouts) {
				String name = about.getFileName().toString();
				Path copy = folder.resolve(name.substring(0, name.length() - ABOUT.length()) + COPY);
				Pending pending = read(about, copy);
				if (pending != null) {
					found.add(pending);
				}
			}
		} catch (IOException e) {
			return found;
		}
		found.sort(Comparator.comparing(Pending::written).reversed());
		return found;
	}

	/** The pending copy of a model location, or null. */
	public Pending pendingFor(URI location) {
		return pending().stream().filter(p -> p.location().equals(location)).findFirst().orElse(null);
	}

	/** Deletes the copy of a model location, if any. */
	public void discard(URI location) {
		if (location == null || !location.isFile()) {
			return;
		}
		String key = key(location);
		try {
			// the description first: a copy without one is never offered
			Files.deleteIfExists(folder.resolve(key + ABOUT));
			Files.deleteIfExists(folder.resolve(key + COPY));
			Files.deleteIfExists(folder.resolve(key + PART));
		} catch (IOException e) {
			// left for the next start to offer, or to be replaced by the next copy
		}
	}

	/**
	 * Opens a pending copy as the model stored at its location, with its changes unsaved: saving writes them
	 * there, asking first when that file changed after the crashed session read it. The copy stays until the model
	 * is saved or its changes discarded.
	 */
	public OpenModel recover(Pending pending, IProgressMonitor monitor) throws ModelStoreException {
		OpenModel model = service.openCopy(pending.copy(), pending.location(), monitor);
		if (pending.version() != null) {
			model.markStoredVersion(pending.version());
		}
		return model;
	}

	/** The folder the copies are kept in. */
	public Path folder() {
		return folder;
	}

	private static ModelStoreException failure(IOException e) {
		return new ModelStoreException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
	}

	private static Pending read(Path about, Path copy) {
		if (!Files.isRegularFile(copy)) {
			return null;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(about)) {
			properties.load(in);
			String location = properties.getProperty(LOCATION_KEY);
			String written = properties.getProperty(WRITTEN_KEY);
			if (location == null || written == null) {
				return null;
			}
			URI uri = URI.createURI(location);
			if (!uri.isFile()) {
				return null;
			}
			return new Pending(uri, Instant.parse(written), URI.createFileURI(copy.toString()),
					properties.getProperty(VERSION_KEY));
		} catch (IOException | IllegalArgumentException | DateTimeParseException e) {
			return null;
		}
	}

	private void createFolder() throws IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			Files.createDirectories(folder.getParent());
			Files.createDirectories(folder,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))); //$NON-NLS-1$
		} else {
			Files.createDirectories(folder);
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A file name for a location: the same for the same location, different for different ones. */
	static String key(URI location) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
					.digest(location.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
