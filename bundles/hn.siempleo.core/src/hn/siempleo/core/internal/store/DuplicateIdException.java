// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import org.eclipse.emf.ecore.xmi.XMIException;

/** A second element uses an id that an earlier element already has. */
public final class DuplicateIdException extends XMIException {

	private static final long serialVersionUID = 1L;

	private final String id;
	private final int firstLine;

	DuplicateIdException(String id, int firstLine, String location, int line, int column) {
		super("Duplicate id " + id, location, line, column); //$NON-NLS-1$
		this.id = id;
		this.firstLine = firstLine;
	}

	/** The id used twice. */
	public String id() {
		return id;
	}

	/** The line of the first element with that id. */
	public int firstLine() {
		return firstLine;
	}
}
