// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.text.Labels;
import hn.siempleo.model.validation.ContributedRules;

/** The findings of one validation run, split into errors and warnings. Immutable; built on any thread. */
final class Findings {

	private static final Findings NONE = new Findings(List.of(), List.of());

	private final List<Finding> errors;
	private final List<Finding> warnings;

	private Findings(List<Finding> errors, List<Finding> warnings) {
		this.errors = errors;
		this.warnings = warnings;
	}

	/** No findings (no model open). */
	static Findings none() {
		return NONE;
	}

	/**
	 * The findings of a validation result: each direct child of {@code result} with severity warning or above
	 * (nested children only detail their parent). Info findings count as warnings.
	 */
	static Findings of(Diagnostic result) {
		List<Finding> errors = new ArrayList<>();
		List<Finding> warnings = new ArrayList<>();
		for (Diagnostic child : result.getChildren()) {
			if (child.getSeverity() == Diagnostic.OK) {
				continue;
			}
			Finding finding = toFinding(child);
			(finding.error() ? errors : warnings).add(finding);
		}
		return new Findings(List.copyOf(errors), List.copyOf(warnings));
	}

	private static Finding toFinding(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		EObject element = !data.isEmpty() && data.get(0) instanceof EObject object ? object : null;
		boolean error = diagnostic.getSeverity() >= Diagnostic.ERROR;
		return new Finding(error, diagnostic.getMessage(), element,
				element == null ? "" : Labels.describe(element), ruleOf(diagnostic));
	}

	private static String ruleOf(Diagnostic diagnostic) {
		String rule = ContributedRules.ruleId(diagnostic);
		return rule == null ? Messages.Findings_structuralRule : rule;
	}

	/** The non-empty groups, errors first. */
	List<FindingGroup> groups() {
		List<FindingGroup> groups = new ArrayList<>(2);
		if (!errors.isEmpty()) {
			groups.add(new FindingGroup(true, errors));
		}
		if (!warnings.isEmpty()) {
			groups.add(new FindingGroup(false, warnings));
		}
		return groups;
	}

	/** Number of errors. */
	int errorCount() {
		return errors.size();
	}

	/** Number of warnings. */
	int warningCount() {
		return warnings.size();
	}
}
