// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Dimension;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Workspace;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/** Nuevo diagnóstico in a model without criteria (a new model): refused with what to do, not an empty scan. */
@ExtendWith(ScreenshotOnFailure.class)
class ScanDialogTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void aModelWithoutCriteriaCannotStartAScanUntilItHasOne() {
		Workspace workspace = SiempleoFactory.eINSTANCE.createWorkspace();
		Dimension dimension = SiempleoFactory.eINSTANCE.createDimension();
		dimension.setCode("GOB");
		workspace.getDimensions().add(dimension);
		assertFalse(createEnabled(workspace), "a dimension without criteria is nothing to assess");

		dimension.getCriteria().add(SiempleoFactory.eINSTANCE.createCriterion());
		assertTrue(createEnabled(workspace), "one criterion to assess");
	}

	/** Opens Nuevo diagnóstico on the workspace, reads whether Crear is enabled with a code typed, and cancels. */
	private boolean createEnabled(Workspace workspace) {
		ui.post(() -> new ScanDialog(ui.workbenchShell().widget(), workspace, null, LocalDate.of(2026, 12, 6)).open());
		ShellDriver dialog = ui.shell("Nuevo diagnóstico");
		dialog.text("scan.code").type("DX-PRUEBA");
		boolean enabled = dialog.button("Crear").isEnabled();
		dialog.button("Cancelar").click();
		ui.waitUntilClosed(dialog);
		return enabled;
	}
}
