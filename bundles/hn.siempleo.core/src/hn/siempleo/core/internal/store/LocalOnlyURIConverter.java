// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.osgi.util.NLS;

/**
 * The URI converter of every resource set the product creates: it opens nothing. The stores read and write
 * the model's own file through streams they open themselves, so any request that reaches this converter comes
 * from inside a document (a package to demand-load, a proxy to resolve) and is refused: no network address,
 * no other file, no {@code jar:} or {@code platform:} URI is ever opened on a model's say-so.
 */
public final class LocalOnlyURIConverter extends ExtensibleURIConverterImpl {

	/** Installs the converter on a resource set (idempotent); returns the set. */
	public static ResourceSet secure(ResourceSet resourceSet) {
		if (!(resourceSet.getURIConverter() instanceof LocalOnlyURIConverter)) {
			resourceSet.setURIConverter(new LocalOnlyURIConverter());
		}
		return resourceSet;
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public void delete(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return false;
	}

	@Override
	public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
		return Map.of();
	}

	@Override
	public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
		throw refused(uri);
	}

	private static IOException refused(URI uri) {
		return new IOException(NLS.bind(Messages.LocalOnly_refused, uri));
	}
}
