// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Term;
import hn.siempleo.model.Workspace;

/**
 * A plan of many actions spread like the real one (three axes, four dimensions, seventeen offices, every
 * priority, status and semáforo state, some owners and costs missing), in an editing domain. Seeded, so
 * every run measures the same data.
 */
final class GeneratedPlan {

	private static final SiempleoFactory F = SiempleoFactory.eINSTANCE;
	private static final String[] VERBS = { "Elaborar", "Capacitar", "Implementar", "Diseñar", "Fortalecer",
			"Evaluar", "Actualizar", "Coordinar", "Promover", "Sistematizar" };
	private static final String[] OBJECTS = { "el manual de procesos", "a los orientadores", "la bolsa de empleo",
			"el convenio de derivación", "las mesas territoriales", "el registro de vacantes", "la ruta de empleo",
			"el tablero de indicadores" };

	final Workspace workspace;
	final ActionPlan plan;
	final AdapterFactoryEditingDomain domain;

	GeneratedPlan(int actions) {
		Random random = new Random(2025);
		workspace = F.createWorkspace();
		for (int i = 1; i <= 3; i++) {
			PolicyAxis axis = F.createPolicyAxis();
			axis.setCode("EJE" + i);
			axis.setName("Eje " + i);
			workspace.getAxes().add(axis);
		}
		for (String code : new String[] { "GOB", "ORG", "ALI", "REN" }) {
			Dimension dimension = F.createDimension();
			dimension.setCode(code);
			workspace.getDimensions().add(dimension);
		}
		for (int i = 1; i <= 17; i++) {
			Office office = F.createOffice();
			office.setCode(String.format("OF-%02d", i));
			workspace.getOffices().add(office);
		}
		plan = F.createActionPlan();
		plan.setCode("PA-BENCH");
		plan.setBudgetYear(2025);
		workspace.getPlans().add(plan);
		LocalDate base = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < actions; i++) {
			plan.getActions().add(action(i, random, base));
		}
		domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/bench.siempleo"));
		resource.getContents().add(workspace);
	}

	private Action action(int i, Random random, LocalDate base) {
		Action action = F.createAction();
		// "AC-" and six digits, without java.util.Formatter: formatting 100,000 codes made it hot, and C2 then
		// compiled it on the other core during the operations timed right after opening, which the product's
		// load of a plan never does
		action.setCode("AC-" + Long.toString(1_000_000 + (i * 7919L + 12345L) % 1_000_000).substring(1));
		action.setTitle(VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
				+ " número " + random.nextInt(100_000));
		action.setAxis(workspace.getAxes().get(random.nextInt(3)));
		action.setDimension(workspace.getDimensions().get(random.nextInt(4)));
		action.setPhase(Term.VALUES.get(random.nextInt(3)));
		int priority = 1 + random.nextInt(4);
		action.setPriority(priority);
		if (random.nextInt(10) > 0) {
			action.setResponsiblePerson("Persona " + random.nextInt(500));
		}
		LocalDate start = base.plusDays(random.nextInt(700));
		action.setStartDate(start);
		action.setDueDate(start.plusDays(30 + random.nextInt(600)));
		ActionStatus status = ActionStatus.VALUES.get(random.nextInt(4));
		action.setStatus(status);
		action.setProgress(status == ActionStatus.DONE ? 100 : status == ActionStatus.NOT_STARTED ? 0 : random.nextInt(100));
		if (priority >= 3 && random.nextInt(8) > 0) {
			action.setEstimatedCost(BigDecimal.valueOf(50_000 + random.nextInt(5_000_000), 2));
			action.setFundingSource(random.nextBoolean() ? "Presupuesto 2025" : "Cooperación externa");
		}
		action.getOffices().add(workspace.getOffices().get(random.nextInt(17)));
		return action;
	}
}
