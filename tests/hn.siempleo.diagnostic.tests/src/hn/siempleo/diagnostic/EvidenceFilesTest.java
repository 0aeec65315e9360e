// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.SiempleoFactory;

/** Evidence files live in a folder beside the model, one sub-folder per diagnostic. */
class EvidenceFilesTest {

	@TempDir
	Path folder;

	@Test
	void theFolderIsBesideTheModelAndNamedAfterIt() {
		Diagnostic diagnostic = SiempleoFactory.eINSTANCE.createDiagnostic();
		diagnostic.setCode("DX/2025");
		URI model = URI.createFileURI(folder.resolve("plan.siempleo").toString());
		Path evidence = EvidenceFiles.folder(model, diagnostic).orElseThrow();
		assertEquals(folder.resolve("plan-evidencias").resolve("DX_2025"), evidence);
		assertTrue(EvidenceFiles.folder(URI.createURI("pg://server/plan"), diagnostic).isEmpty());
	}

	@Test
	void onlyDocumentsAreHandedToTheSystemViewer() throws Exception {
		Path acta = Files.writeString(folder.resolve("acta.pdf"), "acta");
		assertTrue(EvidenceFiles.viewable(acta));
		Path launcher = Files.writeString(folder.resolve("informe.desktop"), "[Desktop Entry]\nExec=sh -c true\n");
		assertFalse(EvidenceFiles.viewable(launcher), "a desktop launcher runs a program");
		Path script = Files.writeString(folder.resolve("ver-informe.pdf"), "#!/bin/sh\n");
		if (script.toFile().setExecutable(true)) {
			assertFalse(EvidenceFiles.viewable(script), "an executable, whatever its name");
		}
		Path link = folder.resolve("enlace.pdf");
		Files.createSymbolicLink(link, acta);
		assertFalse(EvidenceFiles.viewable(link), "a link may point anywhere");
		assertFalse(EvidenceFiles.viewable(Files.createDirectories(folder.resolve("carpeta.pdf"))));
		assertFalse(EvidenceFiles.viewable(folder.resolve("no-existe.pdf")));
	}

	@Test
	void aCopyKeepsItsNameUnlessTakenThenItIsNumbered() throws Exception {
		Path source = Files.writeString(folder.resolve("acta.pdf"), "acta");
		Path evidence = folder.resolve("ev");
		assertEquals("acta.pdf", EvidenceFiles.copyInto(source, evidence));
		Path other = Files.createDirectories(folder.resolve("otra")).resolve("acta.pdf");
		Files.writeString(other, "otra acta");
		assertEquals("acta (2).pdf", EvidenceFiles.copyInto(other, evidence));
		assertEquals("otra acta", Files.readString(EvidenceFiles.resolve(evidence, "acta (2).pdf")));
	}

	@Test
	void onlyPlainNamesResolve() {
		assertThrows(IllegalArgumentException.class, () -> EvidenceFiles.resolve(folder, "../secreto.txt"));
		assertThrows(IllegalArgumentException.class, () -> EvidenceFiles.resolve(folder, ".."));
		assertThrows(IllegalArgumentException.class, () -> EvidenceFiles.resolve(folder, " "));
	}
}
