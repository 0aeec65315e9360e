// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.recovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.SiempleoPackage;

/** Copies of unsaved changes: written beside the model's description, offered, recovered as unsaved, deleted. */
class RecoveryCopiesTest {

	private static final Instant NOON = Instant.parse("2026-12-06T12:00:00Z");

	@TempDir
	Path folder;

	private ModelService service;
	private RecoveryCopies copies;
	private Path recoveryFolder;

	@BeforeEach
	void setUp() {
		BundleContext context = FrameworkUtil.getBundle(ModelService.class).getBundleContext();
		service = context.getService(context.getServiceReference(ModelService.class));
		recoveryFolder = folder.resolve("estado").resolve("recuperacion");
		copies = new RecoveryCopies(recoveryFolder, service, Clock.fixed(NOON, ZoneOffset.UTC));
	}

	@Test
	void aCopyOfUnsavedChangesIsRecoveredAsTheModelWithThoseChangesUnsaved() throws Exception {
		OpenModel model = service.open(service.installShippedDataSet(folder), null);
		Path file = Path.of(model.location().toFileString());
		byte[] saved = Files.readAllBytes(file);
		Action action = model.workspace().getPlans().get(0).getActions().get(0);
		model.commandStack().execute(SetCommand.create(model.editingDomain(), action,
				SiempleoPackage.Literals.ACTION__RESPONSIBLE_PERSON, "Ana Martínez"));
		assertTrue(copies.write(model, () -> true, null));

		assertTrue(model.isDirty(), "writing a copy is not a save");
		assertEquals(model.location(), model.resource().getURI(), "nor does it move the model");
		assertArrayEquals(saved, Files.readAllBytes(file), "the model's file is untouched");
		if (Files.getFileStore(recoveryFolder).supportsFileAttributeView("posix")) {
			assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(recoveryFolder)));
		}

		List<RecoveryCopies.Pending> pending = copies.pending();
		assertEquals(1, pending.size());
		assertEquals(model.location(), pending.get(0).location());
		assertEquals(NOON, pending.get(0).written());
		assertEquals("si-empleo-2024.siempleo", pending.get(0).fileName());

		OpenModel recovered = copies.recover(pending.get(0), null);
		assertEquals(model.location(), recovered.location());
		assertEquals(model.location(), recovered.resource().getURI());
		assertTrue(recovered.isDirty(), "recovered changes are unsaved until saved");
		assertEquals("Ana Martínez",
				recovered.workspace().getPlans().get(0).getActions().get(0).getResponsiblePerson());
		recovered.commandStack().execute(SetCommand.create(recovered.editingDomain(), recovered.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Otro"));
		recovered.commandStack().undo();
		assertTrue(recovered.isDirty(), "undoing later edits does not undo the recovery");

		service.save(recovered, null);
		assertFalse(recovered.isDirty());
		assertEquals("Ana Martínez", service.open(model.location(), null).workspace().getPlans().get(0).getActions()
				.get(0).getResponsiblePerson(), "saved where the model lives");

		copies.discard(model.location());
		assertEquals(List.of(), copies.pending());
		try (var left = Files.list(recoveryFolder)) {
			assertEquals(List.of(), left.toList(), "nothing left behind");
		}
	}

	@Test
	void aFileSavedElsewhereAfterTheCrashedSessionReadItShowsAsChangedOnceRecovered() throws Exception {
		OpenModel model = service.open(service.installShippedDataSet(folder), null);
		model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Cambios de la sesión caída"));
		assertTrue(copies.write(model, () -> true, null));
		RecoveryCopies.Pending pending = copies.pendingFor(model.location());
		assertFalse(service.changedSinceRead(copies.recover(pending, null)), "the file as the session read it");

		Path file = Path.of(model.location().toFileString());
		Files.writeString(file, Files.readString(file).replace("Sí Empleo 2024", "Guardado por otra persona"));
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
				Files.getLastModifiedTime(file).toInstant().plusSeconds(2)));
		assertTrue(service.changedSinceRead(copies.recover(pending, null)),
				"saving the recovered changes would replace what was saved after the crash: asked first");
	}

	@Test
	void aCopyOfAModelEditedWhileItWasWrittenIsThrownAwayAndTheEarlierOneKept() throws Exception {
		OpenModel model = service.open(service.installShippedDataSet(folder), null);
		model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Primera"));
		assertTrue(copies.write(model, () -> true, null));
		model.commandStack().execute(SetCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__NAME, "Segunda"));
		assertFalse(copies.write(model, () -> false, null));

		RecoveryCopies.Pending pending = copies.pendingFor(model.location());
		assertNotNull(pending);
		assertEquals("Primera", copies.recover(pending, null).workspace().getName());
		try (var left = Files.list(recoveryFolder)) {
			assertEquals(2, left.count(), "the copy and its description, no half-written file");
		}
	}

	@Test
	void copiesOfDifferentModelsAreKeptApartAndBadDescriptionsAreNotOffered() throws Exception {
		OpenModel first = service.open(service.installShippedDataSet(folder), null);
		Path other = folder.resolve("otro").resolve("plan.siempleo");
		Files.createDirectories(other.getParent());
		Files.copy(Path.of(first.location().toFileString()), other);
		OpenModel second = service.open(URI.createFileURI(other.toString()), null);
		assertTrue(copies.write(first, () -> true, null));
		assertTrue(copies.write(second, () -> true, null));
		assertEquals(2, copies.pending().size());

		copies.discard(first.location());
		assertNull(copies.pendingFor(first.location()));
		assertNotNull(copies.pendingFor(second.location()));

		try (var files = Files.newDirectoryStream(recoveryFolder, "*.properties")) {
			for (Path about : files) {
				Files.writeString(about, "modelo=http://example.org/x.siempleo\ncopia=2026-12-06T12:00:00Z\n");
			}
		}
		assertEquals(List.of(), copies.pending(), "only copies of files are offered");
	}
}
