// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hn.siempleo.model.LocalPlan;
import hn.siempleo.model.LocalPlanStep;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.StepStatus;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.LocalPlans;

/**
 * A local plan's progress through the protocol of the mesas territoriales: one entry per protocol step in
 * protocol order, whether or not the plan records it yet. A step is overdue when it is not done and its
 * target response time (days) has passed since the previous step was done. Immutable snapshot.
 */
public final class LocalPlanProgress {

	/**
	 * One protocol step as the plan stands on it.
	 *
	 * @param step the protocol step
	 * @param record the plan's record of it, or null when the plan has none yet (pending)
	 * @param overdue whether it is late (see the class comment)
	 */
	public record Entry(ProtocolStep step, LocalPlanStep record, boolean overdue) {

		/** The status; pending when there is no record. */
		public StepStatus status() {
			return record == null ? StepStatus.PENDING : record.getStatus();
		}

		/** The date reached, or null. */
		public LocalDate date() {
			return record == null ? null : record.getDate();
		}

		/** The evidence, or "". */
		public String evidence() {
			return record == null || record.getEvidence() == null ? "" : record.getEvidence();
		}
	}

	private final LocalPlan plan;
	private final List<Entry> entries;

	private LocalPlanProgress(LocalPlan plan, List<Entry> entries) {
		this.plan = plan;
		this.entries = List.copyOf(entries);
	}

	/**
	 * The progress of a plan against the workspace's local plan protocol.
	 *
	 * @param plan a plan inside a workspace
	 * @param today the date overdue steps are judged at
	 */
	public static LocalPlanProgress of(LocalPlan plan, LocalDate today) {
		List<ProtocolStep> protocol = protocolOf(plan);
		List<Entry> entries = new ArrayList<>();
		LocalDate previousDone = plan.getPeriodStart();
		for (ProtocolStep step : protocol) {
			LocalPlanStep record = plan.getSteps().stream().filter(s -> s.getStep() == step).findFirst().orElse(null);
			boolean done = record != null && record.getStatus() == StepStatus.DONE;
			boolean overdue = !done && step.getResponseDays() > 0 && previousDone != null
					&& today.isAfter(previousDone.plusDays(step.getResponseDays()));
			entries.add(new Entry(step, record, overdue));
			previousDone = done ? record.getDate() : null;
		}
		return new LocalPlanProgress(plan, entries);
	}

	/** The protocol steps, in order, that apply to a plan: the workspace's local plan protocol. */
	public static List<ProtocolStep> protocolOf(LocalPlan plan) {
		Workspace workspace = workspaceOf(plan);
		return workspace == null ? List.of() : LocalPlans.inOrder(workspace.getLocalPlanProtocol());
	}

	private static Workspace workspaceOf(LocalPlan plan) {
		for (var current = plan.eContainer(); current != null; current = current.eContainer()) {
			if (current instanceof Workspace workspace) {
				return workspace;
			}
		}
		return null;
	}

	/** The plan. */
	public LocalPlan plan() {
		return plan;
	}

	/** One entry per protocol step, in order. */
	public List<Entry> entries() {
		return entries;
	}

	/** The first step not done, or null when every step is done. */
	public Entry current() {
		return entries.stream().filter(e -> e.status() != StepStatus.DONE).findFirst().orElse(null);
	}

	/** Steps done. */
	public long doneCount() {
		return entries.stream().filter(e -> e.status() == StepStatus.DONE).count();
	}

	/** Overdue steps. */
	public List<Entry> overdue() {
		return entries.stream().filter(Entry::overdue).toList();
	}
}
