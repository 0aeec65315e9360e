// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.Comparison;
import hn.siempleo.diagnostic.DiagnosticFigures;
import hn.siempleo.diagnostic.Diagnostics;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Agreements;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.referral.Coverage;
import hn.siempleo.referral.LocalPlanProgress;
import hn.siempleo.referral.ReferralFilter;
import hn.siempleo.referral.ReferralMatrix;
import hn.siempleo.results.ResultsSummary;

/**
 * The core figures of Inicio for one model and day, computed from the model alone: on the UI thread at a
 * refresh, or for the model opened at start in the job that reads it ({@link #prepare}, taken back by
 * {@link #take}), so that the first paint only builds the widgets. Contributed sections are not in here: their
 * API promises the UI thread.
 *
 * @param plan the first action plan, or null
 * @param planFigures the plan's figures, null without a plan
 * @param axisNames the axes' names by code
 * @param diagnostic the latest diagnostic, or null
 * @param diagnosticFigures its figures, null without one
 * @param diagnosticChange the change of its overall score against its baseline, null when not a follow-up
 * @param referrals the referral matrix of every referral
 * @param coverageGaps the number of coverage gaps
 * @param agreementsExpiring agreements expiring or expired today
 * @param overdueSteps overdue steps of the territorial tables' local plans
 * @param results the results indicators' summary
 */
record InicioFigures(LocalDate today, ActionPlan plan, PlanFigures planFigures, Map<String, String> axisNames,
		Diagnostic diagnostic, DiagnosticFigures diagnosticFigures, Comparison.DimensionChange diagnosticChange,
		ReferralMatrix referrals, int coverageGaps, int agreementsExpiring, int overdueSteps, ResultsSummary results) {

	/** The figures of {@code workspace} as of {@code today}; those about actions only with a {@code plan}. */
	static InicioFigures of(Workspace workspace, ActionPlan plan, LocalDate today) {
		PlanFigures planFigures = plan == null ? null : PlanFigures.of(plan, today);
		Diagnostic diagnostic = Diagnostics.latest(workspace).orElse(null);
		DiagnosticFigures diagnosticFigures = diagnostic == null ? null
				: DiagnosticFigures.of(diagnostic, Assessments.DEFAULT_THRESHOLD);
		Comparison.DimensionChange change = diagnostic != null && diagnostic.isFollowUp() && diagnostic.getBaseline() != null
				? Comparison.of(diagnostic, diagnostic.getBaseline()).overall()
				: null;
		int expiring = (int) workspace.getAgreements().stream()
				.map(a -> Agreements.validity(a, today))
				.filter(v -> v == Agreements.Validity.EXPIRING || v == Agreements.Validity.EXPIRED).count();
		int overdueSteps = workspace.getTerritorialTables().stream()
				.flatMap(t -> t.getLocalPlans().stream())
				.mapToInt(p -> LocalPlanProgress.of(p, today).overdue().size()).sum();
		return new InicioFigures(today, plan, planFigures, axisNames(workspace), diagnostic, diagnosticFigures, change,
				ReferralMatrix.of(workspace, ReferralFilter.ALL), Coverage.of(workspace).gaps().size(), expiring,
				overdueSteps, ResultsSummary.of(workspace, today));
	}

	/** The plan Inicio shows for a model: its first. */
	static ActionPlan firstPlan(OpenModel model) {
		return model == null || model.workspace().getPlans().isEmpty() ? null : model.workspace().getPlans().get(0);
	}

	/**
	 * Computes the figures of a model not yet shown (the start-up reading job) and keeps them with its
	 * workspace for {@link #take}.
	 */
	static void prepare(OpenModel model, LocalDate today) {
		Workspace workspace = model.workspace();
		InicioFigures figures = of(workspace, firstPlan(model), today);
		workspace.eAdapters().add(new Prepared(figures, model.commandStack().getMostRecentCommand()));
	}

	/**
	 * The figures {@link #prepare}d for this model, if they still hold (same plan, same day, no command executed
	 * since), else null; either way they are dropped from the model: only the first refresh takes them.
	 */
	static InicioFigures take(OpenModel model, ActionPlan plan, LocalDate today) {
		Workspace workspace = model.workspace();
		for (Adapter adapter : workspace.eAdapters()) {
			if (adapter instanceof Prepared prepared) {
				workspace.eAdapters().remove(prepared);
				InicioFigures figures = prepared.figures;
				boolean holds = figures.plan() == plan && figures.today().equals(today)
						&& model.commandStack().getMostRecentCommand() == prepared.lastCommand
						&& !model.isDirty();
				return holds ? figures : null;
			}
		}
		return null;
	}

	private static Map<String, String> axisNames(Workspace workspace) {
		Map<String, String> names = new LinkedHashMap<>();
		for (PolicyAxis axis : workspace.getAxes()) {
			if (axis.getCode() != null) {
				names.putIfAbsent(axis.getCode(), axis.getName());
			}
		}
		return names;
	}

	/** The prepared figures, kept on the workspace until the first refresh. */
	private static final class Prepared extends AdapterImpl {

		private final InicioFigures figures;
		private final Command lastCommand;

		Prepared(InicioFigures figures, Command lastCommand) {
			this.figures = figures;
			this.lastCommand = lastCommand;
		}
	}
}
