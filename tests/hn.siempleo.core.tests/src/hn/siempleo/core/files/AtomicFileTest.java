// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.internal.store.XmiFileStore;

/** Every file the product writes keeps the permissions of the file it replaces, or the user's umask when new. */
class AtomicFileTest {

	@TempDir
	Path folder;

	private static String permissions(Path file) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

	/** What the user's umask gives a new file, measured by creating one the plain way. */
	private String umaskPermissions() throws IOException {
		Path probe = folder.resolve("probe");
		Files.writeString(probe, "x");
		try {
			return permissions(probe);
		} finally {
			Files.delete(probe);
		}
	}

	@Test
	void aReplacedFileKeepsItsPermissions() throws Exception {
		Path target = folder.resolve("plan.siempleo");
		Files.writeString(target, "antes");
		for (String mode : new String[] { "rw-r--r--", "rw-rw-r--", "rw-------", "rw-r-----" }) {
			Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
			try (AtomicFile file = AtomicFile.create(target)) {
				Files.writeString(file.temp(), "después " + mode);
				file.commit();
			}
			assertEquals(mode, permissions(target));
			assertEquals("después " + mode, Files.readString(target));
		}
	}

	@Test
	void aNewFileFollowsTheUmask() throws Exception {
		Path target = folder.resolve("nuevo.xlsx");
		try (AtomicFile file = AtomicFile.create(target)) {
			try (OutputStream out = file.openStream()) {
				out.write(1);
			}
			file.commit();
		}
		assertEquals(umaskPermissions(), permissions(target));
	}

	@Test
	void closingWithoutCommitLeavesTheTargetAndNoTemporaryFile() throws Exception {
		Path target = folder.resolve("informe.pdf");
		Files.writeString(target, "anterior");
		try (AtomicFile file = AtomicFile.create(target)) {
			Files.writeString(file.temp(), "a medias");
		}
		assertEquals("anterior", Files.readString(target));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count(), "only the target is left");
		}
	}

	@Test
	void savingAModelKeepsItsPermissions() throws Exception {
		Path model = folder.resolve("compartido.siempleo");
		Files.writeString(model, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<siempleo:Workspace xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:siempleo=\"http://siempleo.hn/model/1.1\" id=\"w1\" name=\"P\"/>\n",
				StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("rw-rw-r--"));
		XmiFileStore store = new XmiFileStore();
		URI uri = URI.createFileURI(model.toString());
		Resource resource = store.load(uri, new ResourceSetImpl(), null);
		store.save(resource, uri, null);
		assertEquals("rw-rw-r--", permissions(model));
		Path copy = folder.resolve("copia.siempleo");
		store.save(resource, URI.createFileURI(copy.toString()), null);
		assertEquals(umaskPermissions(), permissions(copy));
	}

	@Test
	void outputsAreNeverWrittenOverAModel() throws Exception {
		Path model = folder.resolve("m.siempleo");
		Files.writeString(model, "<?xml version=\"1.0\"?>\n<siempleo:Workspace xmlns:siempleo=\"http://siempleo.hn/model/1.1\"/>");
		Path sub = Files.createDirectories(folder.resolve("sub"));
		Path symlink = Files.createSymbolicLink(folder.resolve("enlace.pdf"), model);
		Path hardlink = Files.createLink(folder.resolve("duro.pdf"), model);
		Path renamedModel = folder.resolve("copia.xml");
		Files.copy(model, renamedModel);
		for (Path target : new Path[] { model, sub.resolve("../m.siempleo"), symlink, hardlink, renamedModel,
				folder.resolve("nuevo.siempleo"), folder.resolve("M.SIEMPLEO"), sub }) {
			OutputRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(OutputRefusedException.class,
					() -> OutputTargets.check(target, model), target.toString());
			assertTrue(e.getMessage().startsWith("No se escribe") || e.getMessage().contains("carpeta"), e.getMessage());
		}
		Path pdf = folder.resolve("informe.pdf");
		OutputTargets.check(pdf, model);
		Files.writeString(pdf, "%PDF-1.7");
		OutputTargets.check(pdf, model);
		assertFalse(OutputTargets.isModel(pdf));
	}
}
