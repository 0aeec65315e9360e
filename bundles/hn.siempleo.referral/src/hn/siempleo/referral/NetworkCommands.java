// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Commitment;
import hn.siempleo.model.Institution;
import hn.siempleo.model.LocalPlan;
import hn.siempleo.model.LocalPlanStep;
import hn.siempleo.model.Office;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Service;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage.Literals;
import hn.siempleo.model.StepStatus;

/**
 * The edits of Red y convenios as EMF commands on a model's editing domain: execute them on its command
 * stack, so they join the one undo history (and, later, the shared store's change log). Each method only
 * builds the command; the model is untouched until it is executed. Call on the thread that owns the model.
 */
public final class NetworkCommands {

	private NetworkCommands() {
	}

	/**
	 * A new referral record, not yet in any agreement.
	 *
	 * @param count people referred, not negative
	 */
	public static ReferralRecord newReferral(Office office, String period, Institution from, Institution to,
			Service service, int count, ReferralOutcome outcome) {
		ReferralRecord record = SiempleoFactory.eINSTANCE.createReferralRecord();
		record.setOffice(office);
		record.setPeriod(period == null ? null : period.strip());
		record.setFrom(from);
		record.setTo(to);
		record.setService(service);
		record.setCount(count);
		record.setOutcome(outcome == null ? ReferralOutcome.IN_PROCESS : outcome);
		return record;
	}

	/** Adds referral records to an agreement, as one undoable step. */
	public static Command addReferrals(EditingDomain domain, Agreement agreement, List<ReferralRecord> records) {
		if (records.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = records.size() == 1 ? Messages.Command_addReferral
				: NLS.bind(Messages.Command_addReferrals, records.size());
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(AddCommand.create(domain, agreement, Literals.AGREEMENT__REFERRALS, records));
		return compound;
	}

	/**
	 * Sets or clears one cell of the commitments matrix: whether an institution gives a service at an office
	 * under an agreement. Setting adds the office to the institution's commitment for the service (creating
	 * the commitment when there is none); clearing removes the office from every such commitment.
	 */
	public static Command setCommitment(EditingDomain domain, Agreement agreement, Institution institution,
			Service service, Office office, boolean committed) {
		CompoundCommand compound = new CompoundCommand(
				NLS.bind(committed ? Messages.Command_commit : Messages.Command_uncommit,
						new Object[] { Names.acronym(institution), Names.of(service), Names.of(office) }));
		if (committed) {
			if (CommitmentMatrix.commitment(agreement, institution, service, office) != null) {
				return UnexecutableCommand.INSTANCE;
			}
			Commitment existing = CommitmentMatrix.commitment(agreement, institution, service, null);
			if (existing != null) {
				compound.append(AddCommand.create(domain, existing, Literals.COMMITMENT__OFFICES, office));
			} else {
				Commitment commitment = SiempleoFactory.eINSTANCE.createCommitment();
				commitment.setInstitution(institution);
				commitment.setService(service);
				commitment.getOffices().add(office);
				compound.append(AddCommand.create(domain, agreement, Literals.AGREEMENT__COMMITMENTS, commitment));
			}
			return compound;
		}
		for (Commitment commitment : agreement.getCommitments()) {
			if (commitment.getInstitution() == institution && commitment.getService() == service
					&& commitment.getOffices().contains(office)) {
				compound.append(RemoveCommand.create(domain, commitment, Literals.COMMITMENT__OFFICES, office));
			}
		}
		return compound.isEmpty() ? UnexecutableCommand.INSTANCE : compound;
	}

	/**
	 * Moves a protocol step to another position of its list (an agreement's referral protocol or the
	 * workspace's local plan protocol) and renumbers every step's {@code order} 1..n to match.
	 *
	 * @param newIndex the position in the list after the move, 0-based
	 */
	@SuppressWarnings("unchecked")
	public static Command moveProtocolStep(EditingDomain domain, ProtocolStep step, int newIndex) {
		EObject owner = step.eContainer();
		EReference feature = step.eContainmentFeature();
		if (owner == null || feature == null) {
			return UnexecutableCommand.INSTANCE;
		}
		List<ProtocolStep> list = new ArrayList<>((List<ProtocolStep>) owner.eGet(feature));
		int oldIndex = list.indexOf(step);
		if (newIndex < 0 || newIndex >= list.size() || newIndex == oldIndex) {
			return UnexecutableCommand.INSTANCE;
		}
		list.remove(oldIndex);
		list.add(newIndex, step);
		CompoundCommand compound = new CompoundCommand(
				NLS.bind(Messages.Command_moveStep, Names.of(step), newIndex + 1));
		compound.append(MoveCommand.create(domain, owner, feature, step, newIndex));
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).getOrder() != i + 1) {
				compound.append(SetCommand.create(domain, list.get(i), Literals.PROTOCOL_STEP__ORDER, i + 1));
			}
		}
		return compound;
	}

	/**
	 * Advances a local plan by one step: the first protocol step not done becomes in progress (recorded if the
	 * plan had no record of it), or, when it already is, done on {@code today}. Not executable when every
	 * step is done.
	 */
	public static Command advance(EditingDomain domain, LocalPlan plan, LocalDate today) {
		LocalPlanProgress.Entry current = LocalPlanProgress.of(plan, today).current();
		if (current == null) {
			return UnexecutableCommand.INSTANCE;
		}
		String name = Names.of(current.step());
		LocalPlanStep record = current.record();
		if (record == null) {
			LocalPlanStep created = SiempleoFactory.eINSTANCE.createLocalPlanStep();
			created.setStep(current.step());
			created.setStatus(StepStatus.IN_PROGRESS);
			CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_startStep, name));
			compound.append(AddCommand.create(domain, plan, Literals.LOCAL_PLAN__STEPS, created));
			return compound;
		}
		CompoundCommand compound;
		if (record.getStatus() == StepStatus.PENDING) {
			compound = new CompoundCommand(NLS.bind(Messages.Command_startStep, name));
			compound.append(SetCommand.create(domain, record, Literals.LOCAL_PLAN_STEP__STATUS, StepStatus.IN_PROGRESS));
		} else {
			compound = new CompoundCommand(NLS.bind(Messages.Command_finishStep, name));
			compound.append(SetCommand.create(domain, record, Literals.LOCAL_PLAN_STEP__STATUS, StepStatus.DONE));
			compound.append(SetCommand.create(domain, record, Literals.LOCAL_PLAN_STEP__DATE, today));
		}
		return compound;
	}
}
