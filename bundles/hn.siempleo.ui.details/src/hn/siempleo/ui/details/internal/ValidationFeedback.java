// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.ui.details.internal.editors.FieldEditor;
import hn.siempleo.model.text.Validation;

/**
 * Puts the validator's findings about one element onto the form: on the field of the feature a finding
 * names, else into a list for the message line.
 */
final class ValidationFeedback {

	private ValidationFeedback() {
	}

	/**
	 * Validates the model holding {@code element} (whole-model rules such as unique codes need it) and marks
	 * the editors with the findings about {@code element}; editors without findings are cleared.
	 *
	 * @return one line per finding that names no shown field ("Error: …"), in the validator's order
	 */
	static List<String> show(EObject element, Map<EStructuralFeature, FieldEditor> editors) {
		Map<FieldEditor, List<Diagnostic>> byEditor = new HashMap<>();
		List<String> general = new ArrayList<>();
		Diagnostic result = Validation.validate(EcoreUtil.getRootContainer(element));
		for (Diagnostic finding : result.getChildren()) {
			List<?> data = finding.getData();
			if (finding.getSeverity() == Diagnostic.OK || data.isEmpty() || data.get(0) != element) {
				continue;
			}
			FieldEditor editor = data.size() > 1 && data.get(1) != null ? editors.get(data.get(1)) : null;
			if (editor == null) {
				general.add(NLS.bind(finding.getSeverity() >= Diagnostic.ERROR ? Messages.ValidationFeedback_error
						: Messages.ValidationFeedback_warning, finding.getMessage()));
			} else {
				byEditor.computeIfAbsent(editor, e -> new ArrayList<>()).add(finding);
			}
		}
		for (FieldEditor editor : editors.values()) {
			List<Diagnostic> findings = byEditor.get(editor);
			if (findings == null) {
				editor.showProblem(Diagnostic.OK, null);
			} else {
				int severity = findings.stream().mapToInt(Diagnostic::getSeverity).max().orElse(Diagnostic.OK);
				editor.showProblem(severity, String.join("\n", findings.stream().map(Diagnostic::getMessage).toList()));
			}
		}
		return general;
	}
}
