// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.Workspace;
import hn.siempleo.tests.files.BadWorkbooks;
import hn.siempleo.results.fixtures.ResultsFixtures;

/**
 * Files that are not a readable workbook are refused as every import of the workbench refuses them (the same
 * reasons as the actions import, zip bombs checked before POI opens them), and the measurements stay as they were.
 */
class BadMeasurementFilesTest {

	@TempDir
	Path folder;
	private Workspace workspace;
	private EObject before;

	@BeforeEach
	void open() throws Exception {
		workspace = (Workspace) ResultsFixtures.shipped(folder).getContents().get(0);
		before = EcoreUtil.copy(workspace);
	}

	@Test
	void anOldXlsWorkbookIsToldToBeSavedAsXlsx() {
		String refusal = refusal(BadWorkbooks.oldXls());
		assertTrue(refusal.startsWith("El archivo es un libro de Excel antiguo (.xls)."), refusal);
	}

	@Test
	void anEmptyFile() {
		assertEquals("El archivo está vacío.", refusal(BadWorkbooks.empty()));
	}

	@Test
	void aTextFile() {
		assertEquals("El archivo no es un libro de Excel (.xlsx) válido.", refusal(BadWorkbooks.text("Código;Valor\nIND-01;12\n")));
	}

	@Test
	void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
		byte[] bomb = BadWorkbooks.zipBomb();
		assertTrue(bomb.length < 1024 * 1024, "small on disk: " + bomb.length);
		assertEquals("Se rechazó el archivo por seguridad: al descomprimirlo crecería de forma desproporcionada "
				+ "(posible bomba zip).", refusal(bomb));
	}

	private String refusal(byte[] bytes) {
		ResultsSpreadsheetException refused = assertThrows(ResultsSpreadsheetException.class,
				() -> MeasurementSpreadsheets.preview(workspace, new ByteArrayInputStream(bytes)));
		assertTrue(EcoreUtil.equals(before, workspace), "the measurements stay as they were");
		return refused.getMessage();
	}
}
