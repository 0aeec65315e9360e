// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Stray shells are found and closed; table cells are found by row content and column header. */
@ExtendWith(ScreenshotOnFailure.class)
class NoStrayShellsTest {

	private final UiKit kit = UiKit.forWorkbench();
	private Shell shell;

	@AfterEach
	void dispose() {
		kit.run(() -> {
			if (shell != null && !shell.isDisposed()) {
				shell.dispose();
			}
		});
	}

	@Test
	void aShellLeftOpenIsNamedThenClosed() {
		assertEquals(List.of(), NoStrayShells.strayTitles(kit, Duration.ZERO), "only the workbench window is open");
		kit.run(() -> {
			shell = new Shell(kit.display(), SWT.SHELL_TRIM);
			shell.setText("Olvidada");
			shell.open();
		});
		assertEquals(List.of("«Olvidada»"), NoStrayShells.strayTitles(kit, Duration.ofMillis(200)));
		assertEquals(List.of("«Olvidada»"), NoStrayShells.closeStrayShells(kit));
		kit.waitUntil("la ventana cerrada", () -> shell.isDisposed() || !shell.isVisible());
		assertEquals(List.of(), NoStrayShells.strayTitles(kit, Duration.ZERO));
	}

	@Test
	void theExtensionFailsATestThatLeftAShellAndClosesIt() {
		kit.run(() -> {
			shell = new Shell(kit.display(), SWT.SHELL_TRIM);
			shell.setText("Diálogo olvidado");
			shell.open();
		});
		String name = "NoStrayShellsTest.theExtensionFailsATestThatLeftAShellAndClosesIt";
		AssertionError failure = assertThrows(AssertionError.class, () -> NoStrayShells.verify(kit, name));
		assertEquals("La prueba dejó ventanas abiertas (se cerraron): [«Diálogo olvidado»]", failure.getMessage());
		kit.waitUntil("la ventana cerrada", () -> shell.isDisposed() || !shell.isVisible());
		assertTrue(Files.exists(ScreenshotOnFailure.outputFolder().resolve("screenshots/" + name + "-stray.png")));
		NoStrayShells.verify(kit, name);
	}

	@Test
	void tableCellsByRowTextAndHeader() {
		kit.run(() -> {
			shell = new Shell(kit.display(), SWT.SHELL_TRIM);
			shell.setText("Tabla de prueba");
			shell.setLayout(new FillLayout());
			Table table = new Table(shell, SWT.BORDER);
			table.setData(Finder.ID_KEY, "history");
			for (String header : List.of("Fecha", "Avance %", "Nota")) {
				new TableColumn(table, SWT.NONE).setText(header);
			}
			new TableItem(table, SWT.NONE).setText(new String[] { "01/03/2025", "40 %", "Inicio" });
			new TableItem(table, SWT.NONE).setText(new String[] { "01/05/2025", "100 %", "Cierre" });
			shell.open();
		});
		TableDriver table = kit.shell("Tabla de prueba").table("history");
		assertEquals("Cierre", table.cell("01/05/2025", "Nota"));
		assertEquals("40 %", table.cell("01/03/2025", "Avance %"));
		AssertionError noColumn = assertThrows(AssertionError.class, () -> table.cell("01/03/2025", "Estado"));
		assertTrue(noColumn.getMessage().contains("[Fecha, Avance %, Nota]"), noColumn.getMessage());
		assertThrows(AssertionError.class, () -> table.cell("31/12/2025", "Nota"));
	}
}
