// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2;

/**
 * The outcome of an install or uninstall: a kind and a Spanish message for the user. Anything but
 * {@link Kind#DONE} left the installation as it was.
 *
 * @param kind what happened
 * @param message one or more lines for the user, never null
 */
public record PluginResult(Kind kind, String message) {

	/** What happened; {@link #exitCode()} is the command line's exit code. */
	public enum Kind {
		/** Installed or removed; takes effect at the next start. */
		DONE(0),
		/** The path is not a p2 repository (folder or zip). */
		NOT_A_REPOSITORY(3),
		/** The feature is not in the repository, or (uninstall) not installed. */
		NOT_FOUND(4),
		/** The feature does not fit this product (requirements not met, e.g. another product version). */
		DOES_NOT_FIT(5),
		/** p2 failed while changing the installation. */
		FAILED(6);

		private final int exitCode;

		Kind(int exitCode) {
			this.exitCode = exitCode;
		}

		/** The exit code of the command-line applications. */
		public int exitCode() {
			return exitCode;
		}
	}

	/** Whether the installation changed. */
	public boolean done() {
		return kind == Kind.DONE;
	}
}
