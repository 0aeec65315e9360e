// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

import hn.siempleo.model.Diagnostic;

/**
 * Where the evidence files of a diagnostic live: a folder beside the model file, named after it, with one
 * sub-folder per diagnostic ({@code plan.siempleo} → {@code plan-evidencias/DX-2025-NAC/}). Assessments keep only
 * the file names ({@code Assessment.attachments}), so the model stays small and the folder can travel with it.
 * Safe on any thread; reading and copying happen on the caller's thread.
 */
public final class EvidenceFiles {

	/** Added to the model's file name (without extension) to name the evidence folder. */
	public static final String FOLDER_SUFFIX = "-evidencias"; //$NON-NLS-1$

	private EvidenceFiles() {
	}

	/**
	 * The evidence folder of a diagnostic; empty when the model is not a local file (no folder can sit beside it).
	 * The folder may not exist yet.
	 *
	 * @param modelLocation where the model is stored
	 * @param diagnostic the diagnostic (its code names the sub-folder, its id when it has no code)
	 */
	public static Optional<Path> folder(URI modelLocation, Diagnostic diagnostic) {
		if (modelLocation == null || !modelLocation.isFile()) {
			return Optional.empty();
		}
		Path model = Paths.get(modelLocation.toFileString()).toAbsolutePath();
		String file = model.getFileName().toString();
		int dot = file.lastIndexOf('.');
		String base = dot > 0 ? file.substring(0, dot) : file;
		String code = diagnostic.getCode() == null || diagnostic.getCode().isBlank() ? diagnostic.getId()
				: diagnostic.getCode();
		return Optional.of(model.resolveSibling(base + FOLDER_SUFFIX).resolve(safe(code)));
	}

	/**
	 * Copies a file into a folder (created when missing) and returns the name it got there: its own name, or
	 * "name (2).ext" and so on when that name is taken by another file.
	 *
	 * @throws IOException when reading or writing fails
	 */
	public static String copyInto(Path source, Path folder) throws IOException {
		Files.createDirectories(folder);
		String name = safe(source.getFileName().toString());
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : ""; //$NON-NLS-1$
		Path target = folder.resolve(name);
		for (int n = 2; Files.exists(target); n++) {
			if (Files.isSameFile(source, target)) {
				return target.getFileName().toString();
			}
			target = folder.resolve(stem + " (" + n + ")" + extension); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
		return target.getFileName().toString();
	}

	/**
	 * The file of a recorded name inside a folder.
	 *
	 * @throws IllegalArgumentException when the name is not a plain file name (a path, "..")
	 */
	public static Path resolve(Path folder, String name) {
		if (name == null || name.isBlank() || !name.equals(safe(name)) || name.equals("..") || name.equals(".")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException(name);
		}
		return folder.resolve(name);
	}

	/**
	 * Whether a file of an evidence folder may be handed to the system's viewer: a regular file (not a link, a
	 * folder or a device), not executable and not a desktop launcher. A model names its evidence files, so a file
	 * shipped beside a model must not become a program the product starts.
	 */
	public static boolean viewable(Path file) {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isExecutable(file)) {
			return false;
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return !(name.endsWith(".desktop") || name.endsWith(".lnk") || name.endsWith(".url") || name.endsWith(".exe") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| name.endsWith(".bat") || name.endsWith(".cmd") || name.endsWith(".sh") || name.endsWith(".jar")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** A file name without separators or control characters. */
	private static String safe(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
