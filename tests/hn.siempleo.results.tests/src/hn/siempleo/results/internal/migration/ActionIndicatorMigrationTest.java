// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.internal.store.XmiFileStore;
import hn.siempleo.model.Action;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.fixtures.ResultsFixtures;

/** Format 1.0 → 1.1: the free-text indicator fields of the shipped data set's actions become links. */
class ActionIndicatorMigrationTest {

	@TempDir
	Path folder;

	@Test
	void turnsTheShippedDataSetsFreeTextIntoTheSameLinksAsTheNewFormat() throws Exception {
		Resource legacy = ResultsFixtures.legacy(folder);
		Workspace migrated = (Workspace) legacy.getContents().get(0);
		Workspace shipped = (Workspace) ResultsFixtures.shipped(Files.createDirectory(folder.resolve("nuevo")))
				.getContents().get(0);
		assertTrue(((XMLResource) legacy).getEObjectToExtensionMap().isEmpty(), "every old attribute consumed");
		assertEquals(83, migrated.getPlans().get(0).getActions().size());
		Map<String, Set<String>> expected = links(shipped);
		Map<String, Set<String>> actual = links(migrated);
		assertEquals(expected, actual, "each action links indicators of the same names as in the shipped 1.1 file");
		assertEquals(shipped.getIndicators().stream().filter(i -> i.getCode().startsWith("IND-AC-")).count(),
				migrated.getIndicators().stream().filter(i -> i.getCode().startsWith("IND-AC-")).count());
	}

	@Test
	void matchesAnIndicatorByNameAndCreatesOneWithTheParsedNumbersOtherwise() throws Exception {
		Workspace w = (Workspace) ResultsFixtures.legacy(folder).getContents().get(0);
		Action ac02 = action(w, "AC-02"); // "% de indicadores del SPE con ficha técnica aprobada"
		assertEquals(Set.of("IND-11"), ac02.getIndicators().stream().map(Indicator::getCode).collect(Collectors.toSet()),
				"matched the existing IND-11 by name");
		Action ac06 = action(w, "AC-06"); // baseline "300 empresas (2023)", target "1 200 empresas por año"
		Indicator created = IndicatorResults.byCode(w, "IND-AC-06");
		assertTrue(ac06.getIndicators().contains(created));
		assertEquals("Empresas visitadas por año", created.getName());
		assertEquals(300.0, created.getBaseline());
		assertEquals(1200.0, created.getTarget());
		assertEquals("empresas", created.getUnit());
		assertEquals(ac06.getDueDate(), created.getTargetDate());
		assertTrue(created.getDescription().contains("«300 empresas (2023)»"), created.getDescription());
		assertNull(IndicatorResults.service(created), "a migrated indicator belongs to the plan");
		assertFalse(IndicatorResults.byCode(w, "IND-AC-01").eIsSet(SiempleoPackage.Literals.INDICATOR__BASELINE),
				"«Sin manual» has no number");
	}

	@Test
	void refusesAnOldFileWithAnAttributeNoMigrationKnows() throws Exception {
		Path file = folder.resolve("raro.siempleo");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<siempleo:Workspace xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:siempleo=\"http://siempleo.hn/model/1.0\" id=\"w1\" "
				+ "name=\"P\" color=\"rojo\"/>\n");
		XmiFileStore store = ResultsFixtures.store();
		ModelStoreException e = org.junit.jupiter.api.Assertions.assertThrows(ModelStoreException.class,
				() -> store.load(URI.createFileURI(file.toString()), new ResourceSetImpl(), null));
		assertTrue(e.getMessage().contains("color"), e.getMessage());
	}

	private static Action action(Workspace w, String code) {
		return w.getPlans().get(0).getActions().stream().filter(a -> code.equals(a.getCode())).findFirst().orElseThrow();
	}

	private static Map<String, Set<String>> links(Workspace w) {
		return w.getPlans().get(0).getActions().stream().collect(Collectors.toMap(Action::getCode,
				a -> a.getIndicators().stream().map(Indicator::getName).collect(Collectors.toSet())));
	}
}
