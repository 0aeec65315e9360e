// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ReviewState;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.text.Labels;

/**
 * The line of Inicio about progress reports that wait for approval (a shared plan whose central team approves
 * them): their values already count in the figures, so a planner must not read those as approved progress.
 */
final class PendingReviews {

	/** Actions named in the line; the others are counted. */
	static final int NAMED_ACTIONS = 10;

	private PendingReviews() {
	}

	/** The progress reports of a plan's actions, whose review states Inicio asks for. */
	static List<ProgressReport> reports(ActionPlan plan) {
		return plan == null ? List.of()
				: plan.getActions().stream().flatMap(a -> a.getProgressReports().stream()).toList();
	}

	/**
	 * The line for the reports of {@code plan} that {@code states} say are pending, naming their actions in the
	 * plan's order, or null when none is pending. Reads the model: on the UI thread.
	 */
	static String line(ActionPlan plan, Map<EObject, ReviewState> states) {
		if (plan == null || states.isEmpty()) {
			return null;
		}
		int reports = 0;
		List<String> actions = new ArrayList<>();
		for (Action action : plan.getActions()) {
			int pending = (int) action.getProgressReports().stream()
					.filter(r -> states.get(r) != null && states.get(r).pending()).count();
			if (pending > 0) {
				reports += pending;
				actions.add(action.getCode() == null || action.getCode().isBlank() ? Labels.describe(action)
						: action.getCode());
			}
		}
		if (reports == 0) {
			return null;
		}
		String named = String.join(", ", actions.subList(0, Math.min(actions.size(), NAMED_ACTIONS))); //$NON-NLS-1$
		if (actions.size() > NAMED_ACTIONS) {
			named = NLS.bind(Messages.InicioPart_pendingMore, named, Integer.toString(actions.size() - NAMED_ACTIONS));
		}
		if (reports == 1) {
			return NLS.bind(Messages.InicioPart_pendingOne, named);
		}
		return NLS.bind(actions.size() == 1 ? Messages.InicioPart_pendingOneAction : Messages.InicioPart_pendingMany,
				Integer.toString(reports), named);
	}
}
