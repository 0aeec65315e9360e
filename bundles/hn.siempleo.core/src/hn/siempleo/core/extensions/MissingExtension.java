// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.extensions;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;

/**
 * A load warning: the file holds data of a model extension whose plug-in is not installed. The data was read
 * as generic XML and is written back unchanged on save; it is neither shown nor validated.
 */
public final class MissingExtension implements Resource.Diagnostic {

	private final String nsURI;
	private final String location;
	private final int elements;

	/**
	 * @param nsURI the extension's namespace
	 * @param location the file
	 * @param elements how many root elements of the extension the file holds
	 */
	public MissingExtension(String nsURI, String location, int elements) {
		this.nsURI = nsURI;
		this.location = location;
		this.elements = elements;
	}

	/** The namespace of the missing extension. */
	public String nsURI() {
		return nsURI;
	}

	/** The bundle that contributes it (from the namespace). */
	public String plugin() {
		return ModelExtensions.bundleOf(nsURI);
	}

	@Override
	public String getMessage() {
		return NLS.bind(Messages.MissingExtension_message, plugin(), nsURI);
	}

	@Override
	public String getLocation() {
		return location;
	}

	@Override
	public int getLine() {
		return 0;
	}

	@Override
	public int getColumn() {
		return 0;
	}

	/** How many root elements of the extension the file holds. */
	public int elements() {
		return elements;
	}

	@Override
	public String toString() {
		return getMessage();
	}
}
