// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.files;

import java.io.IOException;

/** An output target that may not be written, with a Spanish sentence saying why. */
public final class OutputRefusedException extends IOException {

	private static final long serialVersionUID = 1L;

	OutputRefusedException(String message) {
		super(message);
	}
}
