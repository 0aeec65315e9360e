// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;

import hn.siempleo.model.Action;
import hn.siempleo.model.validation.ModelValidator;
import hn.siempleo.plan.io.ActionColumn;

/**
 * The model validator's findings on one action, by the grid column of the field at fault: what the cells show
 * (P1/P2 without responsible or dates, P3/P4 without cost, dates out of order...) and their tooltips tell.
 */
final class ProblemMarks {

	/** The findings of one cell: the worst severity and every message. */
	record Mark(int severity, List<String> messages) {
		/** Whether the worst finding is an error. */
		boolean error() {
			return severity >= Diagnostic.ERROR;
		}
	}

	private static final ProblemMarks NONE = new ProblemMarks(Map.of());

	private final Map<ActionColumn, Mark> marks;

	private ProblemMarks(Map<ActionColumn, Mark> marks) {
		this.marks = marks;
	}

	/** Validates the action alone (not its reports) with the model's rules. */
	static ProblemMarks of(Action action) {
		BasicDiagnostic chain = new BasicDiagnostic();
		new ModelValidator().validate(action.eClass(), action, chain, new HashMap<>());
		if (chain.getChildren().isEmpty()) {
			return NONE;
		}
		Map<ActionColumn, Integer> severities = new EnumMap<>(ActionColumn.class);
		Map<ActionColumn, List<String>> messages = new EnumMap<>(ActionColumn.class);
		for (Diagnostic finding : chain.getChildren()) {
			ActionColumn column = column(finding);
			if (column != null) {
				severities.merge(column, finding.getSeverity(), Math::max);
				messages.computeIfAbsent(column, c -> new ArrayList<>()).add(finding.getMessage());
			}
		}
		Map<ActionColumn, Mark> marks = new EnumMap<>(ActionColumn.class);
		severities.forEach((column, severity) -> marks.put(column, new Mark(severity, List.copyOf(messages.get(column)))));
		return new ProblemMarks(marks);
	}

	/** The mark of a column's cell, or null when it is fine. */
	Mark of(ActionColumn column) {
		return marks.get(column);
	}

	private static ActionColumn column(Diagnostic finding) {
		List<?> data = finding.getData();
		if (data.size() < 2 || !(data.get(1) instanceof EStructuralFeature feature)) {
			return null;
		}
		for (ActionColumn column : ActionColumn.values()) {
			if (column.feature().filter(feature::equals).isPresent()) {
				return column;
			}
		}
		return null;
	}
}
