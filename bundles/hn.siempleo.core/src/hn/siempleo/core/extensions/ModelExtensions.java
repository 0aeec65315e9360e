// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import hn.siempleo.model.Workspace;

/**
 * Model extensions: the installed ones (from the extension registry), the data a plug-in keeps beside the
 * core model and the extensions a loaded file needed but did not find.
 *
 * <p>A plug-in's data lives in <em>root objects of its own</em>, saved after the {@link Workspace} in the same
 * file; they reference core objects (offices, institutions) by id. Reads are thread-safe as far as EMF reads
 * are; changes go through {@link #addRoot} as commands.
 */
public final class ModelExtensions {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "hn.siempleo.core.modelExtensions"; //$NON-NLS-1$

	/** Every extension namespace starts so; the next segment is the contributing bundle's symbolic name. */
	public static final String NAMESPACE_PREFIX = "http://siempleo.hn/ext/"; //$NON-NLS-1$

	private ModelExtensions() {
	}

	/** The model extensions of the installed plug-ins, in contribution order; empty outside OSGi. */
	public static List<ModelExtension> installed() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<ModelExtension> result = new ArrayList<>();
		if (registry == null) {
			return result;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String nsURI = element.getAttribute("nsURI"); //$NON-NLS-1$
			if (nsURI == null || nsURI.isBlank()) {
				continue;
			}
			String bundle = element.getContributor().getName();
			result.add(new ModelExtension(nsURI.strip(), bundle, text(element.getAttribute("name"), bundle), //$NON-NLS-1$
					text(element.getAttribute("institution"), ""), text(element.getAttribute("feature"), ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return result;
	}

	/** Whether {@code nsURI} names a model extension namespace (installed or not). */
	public static boolean isExtensionNamespace(String nsURI) {
		return nsURI != null && nsURI.startsWith(NAMESPACE_PREFIX) && nsURI.length() > NAMESPACE_PREFIX.length();
	}

	/** The bundle a namespace {@code http://siempleo.hn/ext/<bundle>/<version>} belongs to, or the namespace. */
	public static String bundleOf(String nsURI) {
		if (!isExtensionNamespace(nsURI)) {
			return nsURI;
		}
		String rest = nsURI.substring(NAMESPACE_PREFIX.length());
		int slash = rest.indexOf('/');
		return slash < 0 ? rest : rest.substring(0, slash);
	}

	/** The root objects of class {@code type} (or a subclass) in the workspace's resource, in file order. */
	public static <T extends EObject> List<T> roots(Workspace workspace, Class<T> type) {
		List<T> result = new ArrayList<>();
		Resource resource = workspace == null ? null : workspace.eResource();
		if (resource != null) {
			for (EObject root : resource.getContents()) {
				if (type.isInstance(root)) {
					result.add(type.cast(root));
				}
			}
		}
		return result;
	}

	/** The first root object of class {@code type}, if any. */
	public static <T extends EObject> Optional<T> root(Workspace workspace, Class<T> type) {
		List<T> roots = roots(workspace, type);
		return roots.isEmpty() ? Optional.empty() : Optional.of(roots.get(0));
	}

	/**
	 * A command adding {@code root} after the workspace in its resource (undoable like every edit).
	 *
	 * @param eClass the class of {@code root}; must belong to an installed model extension
	 */
	public static Command addRoot(EditingDomain domain, Workspace workspace, EClass eClass, EObject root) {
		if (!isExtensionNamespace(eClass.getEPackage().getNsURI())) {
			throw new IllegalArgumentException(eClass.getEPackage().getNsURI());
		}
		return new AddCommand(domain, workspace.eResource().getContents(), root);
	}

	/** The extensions the file of {@code resource} uses but that are not installed (from its load warnings). */
	public static List<MissingExtension> missing(Resource resource) {
		List<MissingExtension> result = new ArrayList<>();
		if (resource != null) {
			for (Resource.Diagnostic warning : resource.getWarnings()) {
				if (warning instanceof MissingExtension missing) {
					result.add(missing);
				}
			}
		}
		return result;
	}

	private static String text(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}
}
