// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

/**
 * A report could not be produced. The message is written for the user (Spanish by default) and names the
 * design, parameter or model problem; {@link #reason()} lets callers choose an exit code or a dialog.
 */
public final class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why a report failed. */
	public enum Reason {
		/** No design with the requested id is in the catalogue. */
		UNKNOWN_DESIGN,
		/** A parameter is unknown, has the wrong type or a value outside its choices. */
		BAD_PARAMETER,
		/** The model could not be read or turned into report data. */
		BAD_MODEL,
		/** The output may not be written there (it is a model, or the model the report is made from). */
		BAD_OUTPUT,
		/** The engine failed to run or render the design. */
		RENDER_FAILED,
		/** The user cancelled. */
		CANCELLED
	}

	private final Reason reason;

	/**
	 * @param reason why it failed, not null
	 * @param message the user's message
	 * @param cause the underlying problem, or null
	 */
	public ReportException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/** Why the report failed; never null. */
	public Reason reason() {
		return reason;
	}
}
