// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The file formats contributed to {@code hn.siempleo.plan.io.formats}, read from the extension registry. */
public final class ActionFormats {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "hn.siempleo.plan.io.formats"; //$NON-NLS-1$

	/**
	 * A contributed format, described before its code is loaded.
	 *
	 * @param id the format's id
	 * @param name the name shown in file dialogs
	 * @param extension the file extension without dot, lower case
	 * @param canExport whether Exportar offers it
	 * @param canImport whether Importar offers it
	 * @param element the contribution, to create the {@link ActionFormat}
	 */
	public record Format(String id, String name, String extension, boolean canExport, boolean canImport,
			IConfigurationElement element) {

		/** Creates the format's implementation. */
		public ActionFormat create() throws CoreException {
			return (ActionFormat) element.createExecutableExtension("class"); //$NON-NLS-1$
		}
	}

	private ActionFormats() {
	}

	/** Every contributed format, in contribution order; empty outside OSGi. */
	public static List<Format> all() {
		List<Format> formats = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return formats;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String extension = element.getAttribute("extension"); //$NON-NLS-1$
			if (id == null || extension == null || extension.isBlank() || "xlsx".equalsIgnoreCase(extension.strip())) { //$NON-NLS-1$
				continue;
			}
			String name = element.getAttribute("name"); //$NON-NLS-1$
			formats.add(new Format(id, name == null ? id : name, extension.strip().toLowerCase(Locale.ROOT),
					!"false".equals(element.getAttribute("export")), "true".equals(element.getAttribute("import")), element)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return formats;
	}

	/** The contributed format for a file's extension, if any (the built-in XLSX is never one). */
	public static Optional<Format> forFile(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return all().stream().filter(f -> name.endsWith("." + f.extension())).findFirst(); //$NON-NLS-1$
	}
}
