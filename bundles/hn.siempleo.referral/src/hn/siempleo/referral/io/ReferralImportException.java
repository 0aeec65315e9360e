// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.io;

/** A file that cannot be read at all (not a row's problem); the message is for the planner. */
public final class ReferralImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message for the planner, in the workbench's language */
	public ReferralImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
