// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ModelService;

/**
 * Where an output (a report, an export) may be written: never over a model. A target is refused when it is
 * one of the files the output was made from (by path, symbolic link or hard link), or when it exists and is a
 * Sí Empleo model, by its name ({@code *.siempleo}, also through a link) or by its content.
 */
public final class OutputTargets {

	private static final String MODEL_NAMESPACE = "http://siempleo.hn/model/"; //$NON-NLS-1$
	private static final String SUFFIX = "." + ModelService.FILE_EXTENSION; //$NON-NLS-1$

	private OutputTargets() {
	}

	/**
	 * Checks that {@code target} may receive an output made from {@code sources}.
	 *
	 * @throws OutputRefusedException with a Spanish sentence naming the file, when it may not
	 */
	public static void check(Path target, Path... sources) throws OutputRefusedException {
		Path absolute = target.toAbsolutePath().normalize();
		if (!Files.exists(absolute)) {
			if (isModelName(absolute)) {
				throw new OutputRefusedException(NLS.bind(Messages.OutputTargets_modelName, absolute.getFileName()));
			}
			return;
		}
		for (Path source : sources) {
			if (source != null && sameFile(absolute, source)) {
				throw new OutputRefusedException(NLS.bind(Messages.OutputTargets_isSource, absolute));
			}
		}
		if (Files.isDirectory(absolute)) {
			throw new OutputRefusedException(NLS.bind(Messages.OutputTargets_isFolder, absolute));
		}
		if (isModel(absolute)) {
			throw new OutputRefusedException(NLS.bind(Messages.OutputTargets_isModel, absolute));
		}
	}

	/** The local file an element was loaded from or will be saved to, or null. */
	public static Path fileOf(EObject element) {
		if (element == null || element.eResource() == null || element.eResource().getURI() == null
				|| !element.eResource().getURI().isFile()) {
			return null;
		}
		return Path.of(element.eResource().getURI().toFileString());
	}

	/** Whether an existing file is a Sí Empleo model: by its name, its link target's name, or its content. */
	public static boolean isModel(Path file) {
		if (isModelName(file)) {
			return true;
		}
		try {
			if (isModelName(file.toRealPath())) {
				return true;
			}
			try (InputStream in = Files.newInputStream(file)) {
				String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
				return head.contains(MODEL_NAMESPACE);
			}
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean isModelName(Path file) {
		Path name = file.getFileName();
		return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
	}

	private static boolean sameFile(Path a, Path b) {
		try {
			return Files.exists(b) && Files.isSameFile(a, b);
		} catch (IOException e) {
			return false;
		}
	}
}
