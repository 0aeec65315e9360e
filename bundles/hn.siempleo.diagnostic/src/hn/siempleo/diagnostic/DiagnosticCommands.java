// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage.Literals;
import hn.siempleo.model.Workspace;

/**
 * Every change the diagnostic editor, the questionnaire import and the command line make, as EMF commands for the
 * model's editing domain, so that each is one step of the one undo history. Build a command, then execute it on
 * the domain's command stack; nothing changes before. Each command's label names the change for Deshacer.
 */
public final class DiagnosticCommands {

	private static final SiempleoFactory F = SiempleoFactory.eINSTANCE;

	private DiagnosticCommands() {
	}

	/**
	 * A new scan with one unanswered assessment per criterion of the workspace's catalogue; a national scan with
	 * {@link ScanSpec#withOfficeScans()} also gets one office scan per open office. Its result is the diagnostic.
	 */
	public static Command newScan(EditingDomain domain, Workspace workspace, ScanSpec spec) {
		Diagnostic diagnostic = scan(workspace, spec.code(), spec.name(), spec.date(), spec.scope(),
				spec.scope() == DiagnosticScope.OFFICE ? spec.office() : null);
		if (spec.scope() == DiagnosticScope.NATIONAL && spec.withOfficeScans()) {
			for (Office office : workspace.getOffices()) {
				if (office.isOpen()) {
					diagnostic.getOfficeScans().add(scan(workspace, officeCode(spec.code(), office),
							NLS.bind(Messages.DiagnosticCommands_officeScanName, spec.name(), office.getName()),
							spec.date(), DiagnosticScope.OFFICE, office));
				}
			}
		}
		return labelled(AddCommand.create(domain, workspace, Literals.WORKSPACE__DIAGNOSTICS, diagnostic),
				NLS.bind(Messages.DiagnosticCommands_newScan, spec.code()));
	}

	/**
	 * A follow-up of an earlier diagnostic: a copy of its assessments (scores, findings, recommendations, evidence
	 * text, resources; not the files nor the linked actions) and of its office scans, each marked as a follow-up of
	 * the one it copies. It joins the diagnostics of the workspace. Its result is the follow-up.
	 *
	 * @param baseline the earlier diagnostic, inside a workspace
	 * @param code the follow-up's code; office scans get it followed by the office code
	 */
	public static Command followUp(EditingDomain domain, Diagnostic baseline, String code, String name,
			LocalDate date) {
		Workspace workspace = DiagnosticFigures.workspaceOf(baseline);
		Diagnostic copy = copy(baseline, code, name, date);
		for (Diagnostic officeScan : baseline.getOfficeScans()) {
			String officeCode = officeScan.getOffice() == null ? officeScan.getCode()
					: officeCode(code, officeScan.getOffice());
			String officeName = officeScan.getOffice() == null ? officeScan.getName()
					: NLS.bind(Messages.DiagnosticCommands_officeScanName, name, officeScan.getOffice().getName());
			copy.getOfficeScans().add(copy(officeScan, officeCode, officeName, date));
		}
		return labelled(AddCommand.create(domain, workspace, Literals.WORKSPACE__DIAGNOSTICS, copy),
				NLS.bind(Messages.DiagnosticCommands_followUp, code, baseline.getCode()));
	}

	/** Sets the score of an assessment. */
	public static Command setScore(EditingDomain domain, Assessment assessment, MaturityLevel level) {
		return labelled(SetCommand.create(domain, assessment, Literals.ASSESSMENT__SCORE, level),
				NLS.bind(Messages.DiagnosticCommands_score, criterionCode(assessment)));
	}

	/**
	 * Sets one field of an assessment (evidence, finding, finding kind, recommendation, resources); a blank text
	 * clears the field.
	 */
	public static Command set(EditingDomain domain, Assessment assessment, EStructuralFeature feature, Object value) {
		Object stored = value instanceof String text && text.isBlank() ? null : value;
		return labelled(SetCommand.create(domain, assessment, feature, stored),
				NLS.bind(Messages.DiagnosticCommands_field, criterionCode(assessment)));
	}

	/**
	 * Adds the action of a proposal to a plan and links it to the assessment it answers (both ways), as one step.
	 * Its result is the action.
	 */
	public static Command createAction(EditingDomain domain, ActionPlan plan, ActionProposal proposal) {
		Action action = F.createAction();
		action.setCode(proposal.code());
		action.setName(proposal.title());
		action.setTitle(proposal.title());
		action.setDescription(proposal.description());
		action.setAxis(proposal.axis());
		action.setDimension(proposal.dimension());
		if (proposal.planDimension() != null) {
			action.setPlanDimension(proposal.planDimension());
		}
		action.setPriority(proposal.priority());
		action.setPhase(proposal.phase());
		action.setStatus(ActionStatus.NOT_STARTED);
		String label = NLS.bind(Messages.DiagnosticCommands_createAction, proposal.code(),
				criterionCode(proposal.origin()));
		CompoundCommand compound = new CompoundCommand(0, label, label);
		compound.append(AddCommand.create(domain, plan, Literals.ACTION_PLAN__ACTIONS, action));
		compound.append(new AddCommand(domain, proposal.origin(), Literals.ASSESSMENT__ACTIONS, action));
		return compound;
	}

	/** Records the name of an evidence file (already copied into the evidence folder) on an assessment. */
	public static Command attach(EditingDomain domain, Assessment assessment, String fileName) {
		return labelled(AddCommand.create(domain, assessment, Literals.ASSESSMENT__ATTACHMENTS, fileName),
				NLS.bind(Messages.DiagnosticCommands_attach, fileName, criterionCode(assessment)));
	}

	/** Removes the name of an evidence file from an assessment (the file itself stays, so that undo works). */
	public static Command detach(EditingDomain domain, Assessment assessment, String fileName) {
		return labelled(RemoveCommand.create(domain, assessment, Literals.ASSESSMENT__ATTACHMENTS, List.of(fileName)),
				NLS.bind(Messages.DiagnosticCommands_detach, fileName, criterionCode(assessment)));
	}

	private static Diagnostic scan(Workspace workspace, String code, String name, LocalDate date,
			DiagnosticScope scope, Office office) {
		Diagnostic diagnostic = F.createDiagnostic();
		diagnostic.setCode(code);
		diagnostic.setName(name);
		diagnostic.setDate(date);
		diagnostic.setScope(scope);
		diagnostic.setOffice(office);
		for (Dimension dimension : workspace.getDimensions()) {
			for (Criterion criterion : dimension.getCriteria()) {
				Assessment assessment = F.createAssessment();
				assessment.setCriterion(criterion);
				diagnostic.getAssessments().add(assessment);
			}
		}
		return diagnostic;
	}

	private static Diagnostic copy(Diagnostic original, String code, String name, LocalDate date) {
		Diagnostic copy = F.createDiagnostic();
		copy.setCode(code);
		copy.setName(name);
		copy.setDescription(original.getDescription());
		copy.setDate(date);
		copy.setScope(original.getScope());
		copy.setOffice(original.getOffice());
		copy.getAssessors().addAll(original.getAssessors());
		copy.setFollowUp(true);
		copy.setBaseline(original);
		for (Assessment assessment : original.getAssessments()) {
			Assessment next = F.createAssessment();
			next.setCriterion(assessment.getCriterion());
			next.setScore(assessment.getScore());
			next.setEvidence(assessment.getEvidence());
			next.setFinding(assessment.getFinding());
			next.setFindingKind(assessment.getFindingKind());
			next.setRecommendation(assessment.getRecommendation());
			next.setResourceNeed(assessment.getResourceNeed());
			copy.getAssessments().add(next);
		}
		return copy;
	}

	private static String officeCode(String code, Office office) {
		return code + "-" + office.getCode(); //$NON-NLS-1$
	}

	private static String criterionCode(Assessment assessment) {
		Criterion criterion = assessment.getCriterion();
		return criterion == null || criterion.getCode() == null ? "" : criterion.getCode(); //$NON-NLS-1$
	}

	private static Command labelled(Command command, String label) {
		return new CommandWrapper(label, label, command);
	}
}
