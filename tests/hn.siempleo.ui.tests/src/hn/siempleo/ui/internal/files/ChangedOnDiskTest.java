// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/** A save never silently replaces what another program or person saved in the file after it was opened. */
@ExtendWith(ScreenshotOnFailure.class)
class ChangedOnDiskTest {

	@TempDir
	Path folder;

	private final UiKit ui = UiKit.forWorkbench();
	@RegisterExtension
	final OtherModels models = new OtherModels(ui);

	@Test
	void savingOverAFileChangedByAnotherProgramAsksFirst() throws Exception {
		Path file = models.copyOfTheDataSet(folder, "plan-compartido.siempleo");
		OpenModel model = models.open(file);
		ui.run(() -> model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Mis cambios")));

		String theirs = Files.readString(file).replace("name=\"Sí Empleo 2024\"", "name=\"Sus cambios\"");
		assertTrue(theirs.contains("Sus cambios"));
		Files.writeString(file, theirs);
		Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(file).toInstant().plusSeconds(2)));

		ui.workbenchShell().menu("Archivo", "Guardar");
		ShellDriver dialog = ui.shell("El archivo cambió en el disco");
		assertTrue(dialog.labelContaining("plan-compartido.siempleo").text().contains("otro programa"));
		dialog.button("Cancelar").click();
		ui.waitUntilClosed(dialog);
		assertTrue(ui.call(model::isDirty), "cancelled: not saved");
		assertTrue(Files.readString(file).contains("name=\"Sus cambios\""), "their changes are still in the file");

		ui.workbenchShell().menu("Archivo", "Guardar");
		dialog = ui.shell("El archivo cambió en el disco");
		dialog.button("Sobrescribir").click();
		ui.waitUntil("guardado", () -> !model.isDirty());
		assertTrue(Files.readString(file).contains("name=\"Mis cambios\""));

		ui.run(() -> model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Más cambios")));
		ui.workbenchShell().menu("Archivo", "Guardar");
		ui.waitUntil("guardado sin preguntar: nadie más lo cambió", () -> !model.isDirty());
		assertEquals(java.util.List.of(), ui.shellTitles().stream().filter(t -> t.contains("cambió")).toList());
	}
}
