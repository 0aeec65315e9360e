// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.recovery.RecoveryCopies;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/**
 * Nothing lost on a crash: while a model has unsaved changes the workbench keeps a copy of them, deletes it once
 * they are saved, and offers a copy that a crashed session left at the next start.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CrashRecoveryTest {

	@TempDir
	Path folder;

	private final UiKit ui = UiKit.forWorkbench();
	@RegisterExtension
	final OtherModels models = new OtherModels(ui);
	private RecoveryKeeper keeper;
	private ModelService service;

	@BeforeEach
	void setUp() {
		keeper = ui.call(() -> PlatformUI.getWorkbench().getService(RecoveryKeeper.class));
		assertNotNull(keeper, "the workbench keeps copies of unsaved changes");
		service = ui.call(() -> PlatformUI.getWorkbench().getService(ModelService.class));
	}

	@AfterEach
	void finishTheCopies() {
		flush();
	}

	@Test
	void unsavedChangesAreCopiedAndTheCopyGoesOnceSaved() throws Exception {
		OpenModel model = openACopyOfTheDataSet("plan-oficina.siempleo");
		ui.run(() -> model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Plan con cambios sin guardar")));
		flush();
		RecoveryCopies.Pending pending = keeper.copies().pendingFor(model.location());
		assertNotNull(pending, "a copy of the unsaved change");
		assertEquals("Plan con cambios sin guardar", keeper.copies().recover(pending, null).workspace().getName());

		ui.run(() -> model.commandStack().undo());
		flush();
		assertNull(keeper.copies().pendingFor(model.location()), "undone to what is saved: no copy");

		ui.run(() -> model.commandStack().redo());
		flush();
		assertNotNull(keeper.copies().pendingFor(model.location()));
		ui.workbenchShell().menu("Archivo", "Guardar");
		savedAndCopyGone(model);
	}

	@Test
	void aCopyLeftByACrashIsOfferedAndRecoveredAsUnsavedChanges() throws Exception {
		Path file = dataSetCopy("plan-caido.siempleo");
		leaveACopyAsACrashWould(file, "Plan recuperado");

		AtomicReference<OpenModel> recovered = new AtomicReference<>();
		ModelFiles files = ui.call(() -> ModelFiles.of(PlatformUI.getWorkbench()));
		ui.post(() -> recovered.set(files.offerRecovery()));
		ShellDriver dialog = ui.shell("Recuperar cambios sin guardar");
		String question = dialog.labelContaining("plan-caido.siempleo").text();
		assertTrue(question.contains(file.getParent().toString()) && question.contains("Ctrl+S"), question);
		dialog.button("Recuperar").click();
		ui.waitUntil("el modelo recuperado", () -> recovered.get() != null);

		OpenModel model = recovered.get();
		assertEquals(URI.createFileURI(file.toString()), model.location(), "the model where it lives, not the copy");
		assertTrue(model.isDirty());
		assertEquals("Plan recuperado", model.workspace().getName());
		ui.run(() -> files.showRecovered(model));
		ui.waitUntil("el título marcado como modificado", () -> ui.workbenchShell().widget().getText().contains("*")
				&& ui.workbenchShell().widget().getText().contains("plan-caido.siempleo"));

		ui.workbenchShell().menu("Archivo", "Guardar");
		savedAndCopyGone(model);
		assertEquals("Plan recuperado", service.open(model.location(), null).workspace().getName());
	}

	@Test
	void discardingTheOfferedCopyDeletesIt() throws Exception {
		Path file = dataSetCopy("plan-descartado.siempleo");
		leaveACopyAsACrashWould(file, "Cambio que se descarta");
		AtomicReference<Object> answer = new AtomicReference<>();
		ModelFiles files = ui.call(() -> ModelFiles.of(PlatformUI.getWorkbench()));
		ui.post(() -> answer.set(java.util.Optional.ofNullable(files.offerRecovery())));
		ShellDriver dialog = ui.shell("Recuperar cambios sin guardar");
		dialog.button("Descartar").click();
		ui.waitUntil("la respuesta", () -> answer.get() != null);
		assertEquals(java.util.Optional.empty(), answer.get());
		assertNull(keeper.copies().pendingFor(URI.createFileURI(file.toString())));
		assertTrue(Files.readString(file).contains("Sí Empleo 2024"), "the model file is as it was");
	}

	/** A copy as the keeper of a session that then crashed would have left it. */
	private void leaveACopyAsACrashWould(Path file, String name) throws Exception {
		OpenModel crashed = service.open(URI.createFileURI(file.toString()), null);
		crashed.commandStack().execute(SetCommand.create(crashed.editingDomain(), crashed.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, name));
		assertTrue(keeper.copies().write(crashed, () -> true, null));
	}

	private OpenModel openACopyOfTheDataSet(String name) throws Exception {
		return models.open(dataSetCopy(name));
	}

	private Path dataSetCopy(String name) throws Exception {
		return models.copyOfTheDataSet(folder, name);
	}

	/**
	 * Waits until the save is done and its copy deleted. The model is saved on the progress dialog's thread and is
	 * clean from then on, but the window hears of it once that dialog has closed, on the UI thread: a flush in between
	 * would run in the dialog's event loop, before the copy is asked to go.
	 */
	private void savedAndCopyGone(OpenModel model) {
		ui.waitUntil("guardado", () -> !model.isDirty());
		ui.waitUntil("la copia borrada tras guardar", () -> {
			flush();
			return keeper.copies().pendingFor(model.location()) == null;
		});
	}

	private void flush() {
		ui.run(() -> {
			try {
				keeper.flush();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
