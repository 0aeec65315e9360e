// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.internal.store.XmiFileStore;
import hn.siempleo.model.Action;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.validation.Rule;
import hn.siempleo.model.text.Validation;

/** The data set the product ships has the structure of the source report and no errors. */
class ShippedDataSetTest {

	private static Workspace workspace;

	@BeforeAll
	static void load(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("si-empleo-2024.siempleo");
		try (var in = ShippedDataSetTest.class.getClassLoader().getResourceAsStream("data/si-empleo-2024.siempleo")) {
			Files.copy(in, file);
		}
		workspace = (Workspace) new XmiFileStore().load(URI.createFileURI(file.toString()), new ResourceSetImpl(), null)
				.getContents().get(0);
	}

	@Test
	void hasTheStructureOfTheReport() {
		assertEquals(4, workspace.getInstitutions().size());
		assertEquals(17, workspace.getOffices().size());
		assertEquals(5, workspace.getServices().size());
		assertEquals(3, workspace.getAxes().size());
		assertEquals(4, workspace.getDimensions().size());
		assertEquals(1, workspace.getDiagnostics().size());
		int criteria = workspace.getDimensions().stream().mapToInt(d -> d.getCriteria().size()).sum();
		assertEquals(criteria, workspace.getDiagnostics().get(0).getAssessments().size(), "one assessment per criterion");
		assertEquals(17, workspace.getDiagnostics().get(0).getOfficeScans().size(), "the scans of the 17 offices");
		assertTrue(workspace.getDimensions().stream().flatMap(d -> d.getCriteria().stream())
				.allMatch(c -> c.getLevelDescriptions().size() == 4 && c.getSuggestedAxis() != null),
				"every criterion describes its four levels and suggests an axis");
		assertEquals(1, workspace.getAgreements().size());
		assertTrue(workspace.getTerritorialTables().size() >= 3);
	}

	@Test
	void thePlanHas50OwnMeansAnd33BudgetActionsOverThreeAxes() {
		List<Action> actions = workspace.getPlans().get(0).getActions();
		assertEquals(83, actions.size());
		assertEquals(50, actions.stream().filter(a -> !Actions.needsBudget(a.getPriority())).count());
		assertEquals(33, actions.stream().filter(a -> Actions.needsBudget(a.getPriority())).count());
		Map<String, Long> byAxis = actions.stream().collect(Collectors.groupingBy(a -> a.getAxis().getCode(), Collectors.counting()));
		assertEquals(Set.of("EJE1", "EJE2", "EJE3"), byAxis.keySet());
		assertEquals(2, actions.stream().map(Action::getPlanDimension).distinct().count());
	}

	@Test
	void integratedOfficesAreTheAgreementsOnes() {
		Set<Object> integrated = workspace.getOffices().stream().filter(o -> o.getModel() == OfficeModel.INTEGRATED)
				.collect(Collectors.toSet());
		assertEquals(integrated, Set.copyOf(workspace.getAgreements().get(0).getIntegratedOffices()));
	}

	@Test
	void validatesWithoutErrorsAndWarnsOnlyAboutWhatIsStillToDefine() {
		Diagnostic result = Validation.validate(workspace);
		List<Diagnostic> findings = result.getChildren();
		assertTrue(findings.stream().noneMatch(d -> d.getSeverity() >= Diagnostic.ERROR),
				() -> findings.stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList().toString());
		Set<Rule> warned = findings.stream().map(d -> Rule.ofCode(d.getCode())).collect(Collectors.toSet());
		// COMMITMENT_OFFICE: INFOP's territorial commitment names La Esperanza (pilot table of Intibucá), which the
		// agreement does not integrate yet: a finding of the report the planners have to settle
		assertTrue(Set.of(Rule.ACTION_OWNER, Rule.ACTION_DATES, Rule.ACTION_COST, Rule.COMMITMENT_OFFICE).containsAll(warned),
				warned::toString);
		assertTrue(warned.contains(Rule.ACTION_COST) && (warned.contains(Rule.ACTION_OWNER) || warned.contains(Rule.ACTION_DATES)),
				"the data set shows what the planners still have to define");
	}
}
