// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kit drives a real shell built here: every finder and action against real SWT widgets. */
@ExtendWith(ScreenshotOnFailure.class)
class UiKitTest {

	private UiKit kit;
	private Shell shell;
	private final AtomicReference<String> lastEvent = new AtomicReference<>("");

	@BeforeEach
	void openShell() {
		kit = UiKit.forWorkbench();
		kit.run(() -> {
			shell = new Shell(kit.display(), SWT.SHELL_TRIM);
			shell.setText("Ventana de prueba");
			shell.setLayout(new GridLayout(2, false));
			new Label(shell, SWT.NONE).setText("Responsable:");
			Text owner = new Text(shell, SWT.BORDER);
			owner.addModifyListener(e -> lastEvent.set("texto:" + owner.getText()));
			new Label(shell, SWT.NONE).setText("Prioridad:");
			Combo priority = new Combo(shell, SWT.READ_ONLY);
			priority.setItems("P1", "P2", "P3", "P4");
			priority.addListener(SWT.Selection, e -> lastEvent.set("combo:" + priority.getText()));
			Label status = new Label(shell, SWT.NONE);
			status.setText("sin cambios");
			status.setData(Finder.ID_KEY, "status");
			Button apply = new Button(shell, SWT.PUSH);
			apply.setText("&Aplicar");
			apply.setToolTipText("Aplica los cambios");
			apply.addListener(SWT.Selection, e -> status.setText("aplicado"));
			Button ask = new Button(shell, SWT.PUSH);
			ask.setText("Preguntar");
			ask.addListener(SWT.Selection, e -> MessageDialog.openQuestion(shell, "¿Seguro?", "¿Desea continuar?"));
			Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
			table.setData(Finder.ID_KEY, "actions");
			for (String code : List.of("A-01", "A-02", "A-03")) {
				new TableItem(table, SWT.NONE).setText(new String[] { code });
			}
			table.addListener(SWT.DefaultSelection, e -> lastEvent.set("abrir:" + ((TableItem) e.item).getText()));
			Tree tree = new Tree(shell, SWT.BORDER);
			tree.setData(Finder.ID_KEY, "explorer");
			TreeItem institutions = new TreeItem(tree, SWT.NONE);
			institutions.setText("Instituciones");
			new TreeItem(institutions, SWT.NONE).setText("SETRASS");
			new TreeItem(institutions, SWT.NONE).setText("INFOP");
			tree.addListener(SWT.Selection, e -> lastEvent.set("árbol:" + ((TreeItem) e.item).getText()));
			Menu bar = new Menu(shell, SWT.BAR);
			shell.setMenuBar(bar);
			MenuItem file = new MenuItem(bar, SWT.CASCADE);
			file.setText("&Archivo");
			Menu fileMenu = new Menu(shell, SWT.DROP_DOWN);
			file.setMenu(fileMenu);
			MenuItem save = new MenuItem(fileMenu, SWT.PUSH);
			save.setText("&Guardar\tCtrl+S");
			save.addListener(SWT.Selection, e -> lastEvent.set("menú:guardar"));
			shell.pack();
			shell.open();
		});
	}

	@AfterEach
	void closeShell() {
		kit.run(() -> {
			for (Shell open : kit.display().getShells()) {
				if (open == shell || open.getParent() == shell) {
					open.dispose();
				}
			}
		});
	}

	@Test
	void findsShellAndClicksButtonByTextWithoutMnemonic() {
		ShellDriver window = kit.shell("Ventana de prueba");
		window.button("Aplicar").click();
		kit.waitUntil("etiqueta actualizada", () -> "aplicado".equals(window.label("status").text()));
		assertEquals("aplicado", window.label("status").text());
	}

	@Test
	void typesIntoTheFieldAfterALabel() {
		ShellDriver window = kit.shell("Ventana de prueba");
		window.text("Responsable:").type("María López");
		assertEquals("María López", window.text("Responsable:").value());
		assertEquals("texto:María López", lastEvent.get());
	}

	@Test
	void selectsInComboAndRejectsUnknownItems() {
		ShellDriver window = kit.shell("Ventana de prueba");
		window.combo("Prioridad:").select("P3");
		assertEquals("combo:P3", lastEvent.get());
		assertEquals(List.of("P1", "P2", "P3", "P4"), window.combo("Prioridad:").items());
	}

	@Test
	void readsAndOpensTableRows() {
		TableDriver table = kit.shell("Ventana de prueba").table("actions");
		assertEquals(3, table.rowCount());
		assertEquals(List.of("A-01", "A-02", "A-03"), table.column(0));
		table.doubleClick("A-02");
		assertEquals("abrir:A-02", lastEvent.get());
	}

	@Test
	void expandsAndSelectsTreePaths() {
		TreeDriver tree = kit.shell("Ventana de prueba").tree("explorer");
		assertEquals(List.of("Instituciones"), tree.rootTexts());
		assertEquals(List.of("SETRASS", "INFOP"), tree.childTexts("Instituciones"));
		tree.select("Instituciones", "INFOP");
		assertEquals(List.of("INFOP"), tree.selection());
		assertEquals("árbol:INFOP", lastEvent.get());
	}

	@Test
	void clicksMenuPathsIgnoringAccelerators() {
		ShellDriver window = kit.shell("Ventana de prueba");
		assertEquals(List.of("Guardar"), window.menuTexts("Archivo"));
		window.menu("Archivo", "Guardar");
		assertEquals("menú:guardar", lastEvent.get());
	}

	@Test
	void aModalDialogDoesNotBlockTheTest() {
		ShellDriver window = kit.shell("Ventana de prueba");
		window.button("Preguntar").click();
		ShellDriver question = kit.shell("¿Seguro?");
		question.button("No").click();
		kit.waitUntilClosed(question);
		assertFalse(question.isOpen());
	}

	@Test
	void findsByTooltip() {
		ShellDriver window = kit.shell("Ventana de prueba");
		Button apply = window.byTooltip(Button.class, "Aplica los cambios");
		assertEquals("&Aplicar", kit.call(apply::getText));
	}

	@Test
	void waitingForSomethingAbsentFailsWithItsDescription() {
		AssertionError error = assertThrows(AssertionError.class,
				() -> kit.waitUntil("algo que nunca pasa", () -> false, Duration.ofMillis(200)));
		assertTrue(error.getMessage().contains("algo que nunca pasa"), error.getMessage());
		AssertionError missingMenu = assertThrows(AssertionError.class,
				() -> kit.shell("Ventana de prueba").menu("Archivo", "Imprimir"));
		assertTrue(missingMenu.getMessage().contains("Guardar"), missingMenu.getMessage());
	}

	@Test
	void screenshotIsAPngFile() throws Exception {
		Path file = ScreenshotOnFailure.outputFolder().resolve("screenshots/kit-self-test.png");
		Files.createDirectories(file.getParent());
		ScreenshotOnFailure.capture(file);
		byte[] header = Files.readAllBytes(file);
		assertTrue(header.length > 100);
		assertEquals((byte) 0x89, header[0]);
		assertEquals('P', header[1]);
	}
}
