// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.TableDriver;
import hn.siempleo.tests.uikit.UiKit;

/** Ayuda &gt; Atajos de teclado: F1 opens it; the window's keys come from the bindings, in Spanish. */
@ExtendWith(ScreenshotOnFailure.class)
class ShortcutsDialogTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void f1ShowsTheKeysOfTheWindowAndOfEachPart() {
		assertEquals("F1", ui.call(() -> PlatformUI.getWorkbench().getService(IBindingService.class)
				.getBestActiveBindingFormattedFor("hn.siempleo.ui.commands.shortcuts")));
		ui.workbenchShell().menu("Ayuda", "Atajos de teclado…");
		ShellDriver dialog = ui.shell("Atajos de teclado");
		TableDriver table = dialog.table("shortcuts.table");
		List<String> rows = new ArrayList<>();
		for (int row = 0; row < table.rowCount(); row++) {
			rows.add(table.cell(row, 0) + " | " + table.cell(row, 1) + " | " + table.cell(row, 2));
		}
		assertTrue(rows.contains("Toda la ventana | Ctrl+S | Guardar modelo"), rows.toString());
		assertTrue(rows.contains("Toda la ventana | Ctrl+Z | Deshacer"), rows.toString());
		assertTrue(rows.contains("Toda la ventana | Ctrl+M | Maximizar o restaurar la parte activa"), rows.toString());
		assertTrue(rows.contains("Toda la ventana | Ctrl+F7 | Ir a la parte siguiente"), rows.toString());
		assertTrue(rows.contains("Toda la ventana | F1 | Atajos de teclado"), rows.toString());
		assertTrue(rows.contains("Seguimiento del plan | Insert | Nueva acción, como la seleccionada"), rows.toString());
		// only the commands a planner uses: none of the platform's text-editor commands, in English
		assertTrue(rows.stream().noneMatch(row -> row.contains("Content Assist") || row.contains("Activate Editor")),
				rows.toString());
		assertTrue(rows.stream().allMatch(row -> row.split(" \\| ").length == 3), rows.toString());
		dialog.button("Cerrar").click();
		ui.waitUntilClosed(dialog);
	}
}
