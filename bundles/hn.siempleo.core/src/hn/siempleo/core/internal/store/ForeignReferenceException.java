// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;

/** A reference to another document or to a network address, which a model file may not contain. */
public final class ForeignReferenceException extends XMIException {

	private static final long serialVersionUID = 1L;

	private final String target;
	private final transient EObject owner;
	private final String feature;

	ForeignReferenceException(String target, EObject owner, String feature, String location, int line, int column) {
		super("Reference to another document: " + target, location, line, column); //$NON-NLS-1$
		this.target = target;
		this.owner = owner;
		this.feature = feature;
	}

	/** Where the reference points. */
	public String target() {
		return target;
	}

	/** The element holding the reference; may be null. */
	public EObject owner() {
		return owner;
	}

	/** The name of the reference. */
	public String feature() {
		return feature;
	}
}
