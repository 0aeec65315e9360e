// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.Optional;

import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Workspace;

/** Which diagnostic of a workspace the dashboard, the reports and the command line speak of. Pure functions. */
public final class Diagnostics {

	private Diagnostics() {
	}

	/**
	 * The latest diagnostic of the workspace (not counting the office scans inside national ones): the one with
	 * the latest date, undated ones counting as oldest; among equal dates the last in the list.
	 */
	public static Optional<Diagnostic> latest(Workspace workspace) {
		Diagnostic latest = null;
		for (Diagnostic diagnostic : workspace.getDiagnostics()) {
			if (latest == null || !isBefore(diagnostic, latest)) {
				latest = diagnostic;
			}
		}
		return Optional.ofNullable(latest);
	}

	/** A diagnostic's code, else its name, else "". */
	public static String code(Diagnostic diagnostic) {
		if (diagnostic.getCode() != null && !diagnostic.getCode().isBlank()) {
			return diagnostic.getCode();
		}
		return diagnostic.getName() == null ? "" : diagnostic.getName(); //$NON-NLS-1$
	}

	/** Finds a diagnostic (top-level or office scan) by code. */
	public static Optional<Diagnostic> byCode(Workspace workspace, String code) {
		for (Diagnostic diagnostic : workspace.getDiagnostics()) {
			if (code.equals(diagnostic.getCode())) {
				return Optional.of(diagnostic);
			}
			for (Diagnostic scan : diagnostic.getOfficeScans()) {
				if (code.equals(scan.getCode())) {
					return Optional.of(scan);
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isBefore(Diagnostic a, Diagnostic b) {
		if (a.getDate() == null) {
			return b.getDate() != null;
		}
		return b.getDate() != null && a.getDate().isBefore(b.getDate());
	}
}
