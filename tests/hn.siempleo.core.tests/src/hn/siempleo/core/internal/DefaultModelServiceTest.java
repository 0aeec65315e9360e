// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.SiempleoPackage;

/** The model service as other bundles get it: a DS service backed by the file store. */
class DefaultModelServiceTest {

	@TempDir
	Path folder;

	private ModelService service;

	@BeforeEach
	void lookUpTheService() {
		BundleContext context = FrameworkUtil.getBundle(ModelService.class).getBundleContext();
		assertNotNull(context, "hn.siempleo.core is started (lazy activation on first class load)");
		ServiceReference<ModelService> reference = context.getServiceReference(ModelService.class);
		assertNotNull(reference, "the model service is registered by Declarative Services");
		service = context.getService(reference);
	}

	@Test
	void theShippedDataSetIsCopiedOnceAndNeverOverwritten() throws Exception {
		URI copy = service.installShippedDataSet(folder);
		Path file = Path.of(copy.toFileString());
		assertTrue(Files.size(file) > 10_000);
		Files.writeString(file, "<cambiado/>");
		assertEquals(copy, service.installShippedDataSet(folder));
		assertEquals("<cambiado/>", Files.readString(file), "an existing copy is the user's: kept");
	}

	@Test
	void editsAreCommandsWithUndoAndSavesClearTheDirtyState() throws Exception {
		OpenModel model = service.open(service.installShippedDataSet(folder), null);
		assertFalse(model.isDirty());
		Action action = model.workspace().getPlans().get(0).getActions().get(0);
		String before = action.getResponsiblePerson();
		model.commandStack().execute(SetCommand.create(model.editingDomain(), action,
				SiempleoPackage.Literals.ACTION__RESPONSIBLE_PERSON, "Ana Martínez"));
		assertTrue(model.isDirty());
		model.commandStack().undo();
		assertEquals(before, action.getResponsiblePerson());
		assertFalse(model.isDirty());
		model.commandStack().redo();
		assertEquals("Ana Martínez", action.getResponsiblePerson());
		service.save(model, null);
		assertFalse(model.isDirty());

		OpenModel reopened = service.open(model.location(), null);
		assertEquals("Ana Martínez", reopened.workspace().getPlans().get(0).getActions().get(0).getResponsiblePerson());
	}

	@Test
	void aFileSavedByAnotherProgramAfterTheModelWasReadIsNoticed() throws Exception {
		OpenModel model = service.open(service.installShippedDataSet(folder), null);
		Path file = Path.of(model.location().toFileString());
		assertFalse(service.changedSinceRead(model));
		model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Mis cambios"));
		service.save(model, null);
		assertFalse(service.changedSinceRead(model), "its own save is not somebody else's");

		// another program saves the file: other content, a later time
		String theirs = Files.readString(file).replace("Mis cambios", "Sus cambios");
		Files.writeString(file, theirs);
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
				Files.getLastModifiedTime(file).toInstant().plusSeconds(2)));
		assertTrue(service.changedSinceRead(model));

		service.revert(model, null);
		assertEquals("Sus cambios", model.workspace().getName());
		assertFalse(service.changedSinceRead(model), "read again: up to date");

		Files.delete(file);
		assertFalse(service.changedSinceRead(model), "nothing there to overwrite");
	}

	@Test
	void revertDiscardsUnsavedChangesAndHistory() throws Exception {
		OpenModel model = service.open(service.installShippedDataSet(folder), null);
		String name = model.workspace().getName();
		model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Otro nombre"));
		service.revert(model, null);
		assertEquals(name, model.workspace().getName());
		assertFalse(model.isDirty());
		assertFalse(model.commandStack().canUndo());
	}

	@Test
	void saveAsMovesTheModelAndNewModelsStartEmpty() throws Exception {
		OpenModel model = service.create(URI.createFileURI(folder.resolve("nuevo.siempleo").toString()), "Nuevo");
		assertEquals("Nuevo", model.workspace().getName());
		assertTrue(model.workspace().getPlans().isEmpty());
		URI elsewhere = URI.createFileURI(folder.resolve("otro/nombre.siempleo").toString());
		service.saveAs(model, elsewhere, null);
		assertEquals(elsewhere, model.location());
		assertEquals("nombre.siempleo", model.displayName());
		assertEquals("Nuevo", service.open(elsewhere, null).workspace().getName());
	}
}
