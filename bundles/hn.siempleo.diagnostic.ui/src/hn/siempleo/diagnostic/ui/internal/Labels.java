// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.Workspace;

/** Texts of diagnostics, levels and literals as the diagnostic editor and its dialogs show them. */
public final class Labels {

	private Labels() {
	}

	/** "DX-2023-NAC – Diagnóstico PES Scan de Sí Empleo 2023". */
	public static String diagnostic(Diagnostic diagnostic) {
		String code = diagnostic.getCode() == null ? "" : diagnostic.getCode(); //$NON-NLS-1$
		return diagnostic.getName() == null || diagnostic.getName().isBlank() ? code
				: NLS.bind(Messages.Labels_diagnostic, code, diagnostic.getName());
	}

	/** "G3 Sistema de monitoreo y evaluación"; "" for null. */
	public static String criterion(Criterion criterion) {
		if (criterion == null) {
			return ""; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Labels_criterion, criterion.getCode(), criterion.getName());
	}

	/** "3 Establecido"; "Sin evaluar" for 0. */
	public static String level(int level) {
		MaturityLevel literal = MaturityLevel.get(level);
		if (literal == null || literal == MaturityLevel.NOT_ASSESSED) {
			return literal(MaturityLevel.NOT_ASSESSED);
		}
		return NLS.bind(Messages.Labels_level, level, literal(literal));
	}

	/** The user's name of a literal, from the model's item providers. */
	public static String literal(Enumerator literal) {
		return hn.siempleo.model.text.Labels.literal(literal);
	}

	/** Every diagnostic of a workspace, each national one followed by its office scans. */
	public static List<Diagnostic> allDiagnostics(Workspace workspace) {
		List<Diagnostic> all = new ArrayList<>();
		for (Diagnostic diagnostic : workspace.getDiagnostics()) {
			all.add(diagnostic);
			all.addAll(diagnostic.getOfficeScans());
		}
		return all;
	}
}
