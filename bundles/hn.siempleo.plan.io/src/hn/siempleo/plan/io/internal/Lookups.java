// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Coded;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.Term;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.model.text.Labels;

/**
 * What codes and names in a sheet refer to, for one plan: its actions by code, the workspace's axes,
 * dimensions and offices by code, and the enumeration literals by their name in any language of the workbench
 * ("Completada", "Completed"), their literal or their code name ("DONE"). Keys are
 * {@linkplain ActionLabels#fold folded}, so case and accents do not matter.
 */
final class Lookups {

	private final Map<String, Action> actions = new LinkedHashMap<>();
	private final Map<String, PolicyAxis> axes = new LinkedHashMap<>();
	private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
	private final Map<String, Office> offices = new LinkedHashMap<>();
	private final Map<String, Term> terms = new LinkedHashMap<>();
	private final Map<String, ActionStatus> statuses = new LinkedHashMap<>();

	Lookups(ActionPlan plan) {
		plan.getActions().forEach(action -> put(actions, action));
		if (plan.eContainer() instanceof Workspace workspace) {
			workspace.getAxes().forEach(axis -> put(axes, axis));
			workspace.getDimensions().forEach(dimension -> put(dimensions, dimension));
			workspace.getOffices().forEach(office -> put(offices, office));
		}
		putLiterals(terms, Term.VALUES);
		putLiterals(statuses, ActionStatus.VALUES);
	}

	Action action(String code) {
		return actions.get(ActionLabels.fold(code));
	}

	PolicyAxis axis(String code) {
		return axes.get(ActionLabels.fold(code));
	}

	Dimension dimension(String code) {
		return dimensions.get(ActionLabels.fold(code));
	}

	Office office(String code) {
		return offices.get(ActionLabels.fold(code));
	}

	Term term(String text) {
		return terms.get(ActionLabels.fold(text));
	}

	ActionStatus status(String text) {
		return statuses.get(ActionLabels.fold(text));
	}

	/** The codes of the axes, for messages. */
	String axisCodes() {
		return codes(axes.values());
	}

	/** The codes of the dimensions, for messages. */
	String dimensionCodes() {
		return codes(dimensions.values());
	}

	/** The shown names of the literals, for messages. */
	static String names(List<? extends Enumerator> literals) {
		return String.join(", ", literals.stream().map(Labels::literal).toList());
	}

	private static String codes(java.util.Collection<? extends Coded> elements) {
		return String.join(", ", elements.stream().map(Coded::getCode).toList());
	}

	private static <T extends Coded> void put(Map<String, T> map, T element) {
		if (element.getCode() != null && !element.getCode().isBlank()) {
			map.putIfAbsent(ActionLabels.fold(element.getCode()), element);
		}
	}

	/**
	 * The literals by their name in the workbench's language, in any of its languages, their literal and their
	 * code name: should two of these ever be alike, the one named first here wins.
	 */
	private static <T extends Enumerator> void putLiterals(Map<String, T> map, List<T> literals) {
		literals.forEach(literal -> map.putIfAbsent(ActionLabels.fold(Labels.literal(literal)), literal));
		literals.forEach(literal -> Labels.literalInEveryLanguage(literal)
				.forEach(name -> map.putIfAbsent(ActionLabels.fold(name), literal)));
		literals.forEach(literal -> map.putIfAbsent(ActionLabels.fold(literal.getLiteral()), literal));
		literals.forEach(literal -> map.putIfAbsent(ActionLabels.fold(literal.getName()), literal));
	}
}
