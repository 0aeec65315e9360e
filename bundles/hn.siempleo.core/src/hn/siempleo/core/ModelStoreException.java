// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core;

/**
 * A model could not be loaded or saved. The message is written for the user (Spanish by default) and
 * names the problem; for files, {@link #line()} and {@link #column()} give its position when known.
 */
public final class ModelStoreException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	/** A problem without a position. */
	public ModelStoreException(String message, Throwable cause) {
		this(message, -1, -1, cause);
	}

	/** A problem at a line and column of a file (1-based; -1 when unknown). */
	public ModelStoreException(String message, int line, int column, Throwable cause) {
		super(message, cause);
		this.line = line;
		this.column = column;
	}

	/** The 1-based line of the problem, or -1. */
	public int line() {
		return line;
	}

	/** The 1-based column of the problem, or -1. */
	public int column() {
		return column;
	}
}
