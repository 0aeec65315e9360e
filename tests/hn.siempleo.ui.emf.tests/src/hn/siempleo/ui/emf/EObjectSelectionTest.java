// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.WrapperItemProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;

/** Model objects read out of viewer selections. */
class EObjectSelectionTest {

	private final ModelFixture model = new ModelFixture("Tegucigalpa", "San Pedro Sula");
	private final Office tegucigalpa = model.officeNamed("Tegucigalpa");
	private final Office sanPedro = model.officeNamed("San Pedro Sula");

	@AfterEach
	void dispose() {
		model.dispose();
	}

	@Test
	void keepsTheObjectsOfTheTypeInSelectionOrder() {
		ISelection selection = new StructuredSelection(List.of(sanPedro, "texto", model.workspace, tegucigalpa));
		assertEquals(List.of(sanPedro, tegucigalpa), EObjectSelection.all(selection, Office.class));
		assertEquals(List.of(sanPedro, model.workspace, tegucigalpa), EObjectSelection.all(selection, EObject.class));
		assertEquals(Optional.of(model.workspace), EObjectSelection.first(selection, Workspace.class));
	}

	@Test
	void unwrapsWrapperItemProviders() {
		WrapperItemProvider wrapper = new WrapperItemProvider(tegucigalpa, model.workspace,
				SiempleoPackage.Literals.WORKSPACE__OFFICES, 0, model.adapterFactory);
		assertEquals(List.of(tegucigalpa), EObjectSelection.all(new StructuredSelection(wrapper), Office.class));
	}

	@Test
	void singleNeedsExactlyOneElementOfTheType() {
		assertEquals(Optional.of(tegucigalpa),
				EObjectSelection.single(new StructuredSelection(tegucigalpa), Office.class));
		assertTrue(EObjectSelection.single(new StructuredSelection(List.of(tegucigalpa, sanPedro)), Office.class)
				.isEmpty());
		assertTrue(EObjectSelection.single(new StructuredSelection(model.workspace), Office.class).isEmpty());
		assertTrue(EObjectSelection.single(StructuredSelection.EMPTY, Office.class).isEmpty());
	}

	@Test
	void nullAndUnstructuredSelectionsHoldNothing() {
		assertTrue(EObjectSelection.all(null, Office.class).isEmpty());
		ISelection unstructured = () -> false;
		assertTrue(EObjectSelection.all(unstructured, Office.class).isEmpty());
		assertTrue(EObjectSelection.first(null, Office.class).isEmpty());
	}
}
