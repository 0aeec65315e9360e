// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.spi.FormatMigration;
import hn.siempleo.model.Workspace;

/** Loading is complete or refused with a Spanish reason and position; hostile files never get through. */
class XmiFileStoreTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<siempleo:Workspace xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:siempleo=\"http://siempleo.hn/model/1.1\" id=\"w1\" name=\"Prueba\">\n";

	@TempDir
	Path folder;

	private final XmiFileStore store = new XmiFileStore();

	static byte[] shippedDataSet() throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(XmiFileStore.class).getEntry("data/" + ModelService.SHIPPED_DATA_SET)
				.openStream()) {
			return in.readAllBytes();
		}
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private Resource load(Path file) throws ModelStoreException {
		return store.load(URI.createFileURI(file.toString()), new ResourceSetImpl(), null);
	}

	private ModelStoreException refused(Path file) {
		return assertThrows(ModelStoreException.class, () -> load(file));
	}

	@Test
	void theShippedDataSetSurvivesARoundTripUnchanged() throws Exception {
		Path original = folder.resolve("original.siempleo");
		Files.write(original, shippedDataSet());
		Resource first = load(original);
		Path copy = folder.resolve("copia.siempleo");
		store.save(first, URI.createFileURI(copy.toString()), null);
		Resource second = load(copy);
		Workspace a = (Workspace) first.getContents().get(0);
		Workspace b = (Workspace) second.getContents().get(0);
		assertTrue(EcoreUtil.equals(a, b), "same content after save and load");
		assertEquals(a.getPlans().get(0).getActions().get(5).getId(), b.getPlans().get(0).getActions().get(5).getId());
		assertEquals(83, b.getPlans().get(0).getActions().size());
		assertTrue(Files.readString(copy).contains("id=\"" + a.getId() + "\""), "ids are saved as the objects' UUIDs");
	}

	@Test
	void externalEntitiesAreRefused() throws Exception {
		Path secret = write("secreto.txt", "contraseña");
		Path file = write("xxe.siempleo", HEAD + "<!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" + ROOT
				+ "  <institutions id=\"i1\" code=\"&x;\"/>\n</siempleo:Workspace>\n");
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertEquals(2, e.line());
		assertTrue(!e.getMessage().contains("contraseña"));
	}

	@Test
	void entityExpansionIsRefused() throws Exception {
		StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i < 10; i++) {
			laughs.append("<!ENTITY lol").append(i).append(" \"")
					.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
		}
		laughs.append("]>\n");
		Path file = write("laughs.siempleo", HEAD + laughs + ROOT.replace("name=\"Prueba\"", "name=\"&lol9;\"")
				+ "</siempleo:Workspace>\n");
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void aTruncatedFileSaysSoWithItsPosition() throws Exception {
		byte[] full = shippedDataSet();
		Path file = folder.resolve("cortado.siempleo");
		Files.write(file, java.util.Arrays.copyOf(full, full.length / 2));
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("incompleto"), e.getMessage());
		assertTrue(e.line() > 10, "line " + e.line());
		assertTrue(e.getMessage().contains("línea " + e.line()), e.getMessage());
	}

	@Test
	void aFileOfOneLineStoppedEarlyIsNotCalledCutShort() throws Exception {
		// nested too deep for the parser: it stops in the middle of its only line
		Path deep = write("profundo.siempleo", HEAD.strip() + "<a>".repeat(500) + "</a>".repeat(500));
		ModelStoreException e = refused(deep);
		assertFalse(e.getMessage().contains("incompleto"), e.getMessage());
		assertEquals(1, e.line(), e.getMessage());
		// the same file cut short on its one line is
		Path cut = write("cortado-una-linea.siempleo", (HEAD + ROOT).replace("\n", "") + "<offices id=\"o1\" co");
		ModelStoreException truncated = refused(cut);
		assertTrue(truncated.getMessage().contains("incompleto"), truncated.getMessage());
	}

	@Test
	void aRootWithoutNamespaceIsNotAModel() throws Exception {
		Path file = write("otro.siempleo", HEAD + "<plan><accion/></plan>\n");
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("no es un modelo de Sí Empleo"), e.getMessage());
		assertFalse(e.getMessage().contains("null"), e.getMessage());
	}

	@Test
	void aWrongTypedValueNamesValueFeatureAndLine() throws Exception {
		Path file = write("tipos.siempleo", HEAD + ROOT + "  <offices id=\"o1\" code=\"OF-01\" staff=\"muchos\"/>\n"
				+ "</siempleo:Workspace>\n");
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("«muchos»") && e.getMessage().contains("«staff»"), e.getMessage());
		assertEquals(3, e.line());
	}

	@Test
	void aBadDateIsAWrongValueToo() throws Exception {
		Path file = write("fecha.siempleo", HEAD + ROOT
				+ "  <plans id=\"p1\" code=\"P\"><actions id=\"a1\" code=\"AC-01\" startDate=\"31/12/2025\"/></plans>\n"
				+ "</siempleo:Workspace>\n");
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("31/12/2025"), e.getMessage());
		assertEquals(3, e.line());
	}

	@Test
	void anImpossibleDateInTheSavedFormIsAWrongValue() throws Exception {
		Path file = write("fecha2.siempleo", HEAD + ROOT
				+ "  <plans id=\"p1\" code=\"P\"><actions id=\"a1\" code=\"AC-01\" startDate=\"2025-02-30\"/></plans>\n"
				+ "</siempleo:Workspace>\n");
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("2025-02-30"), e.getMessage());
		assertEquals(3, e.line());
	}

	@Test
	void datesAreReadAsSavedAndWithSpacesAround() throws Exception {
		Path file = write("fechas.siempleo", HEAD + ROOT + "  <plans id=\"p1\" code=\"P\">"
				+ "<actions id=\"a1\" code=\"AC-01\" startDate=\"2024-02-29\" dueDate=\" 2025-12-31 \"/></plans>\n"
				+ "</siempleo:Workspace>\n");
		Workspace workspace = (Workspace) load(file).getContents().get(0);
		var action = workspace.getPlans().get(0).getActions().get(0);
		assertEquals(java.time.LocalDate.of(2024, 2, 29), action.getStartDate());
		assertEquals(java.time.LocalDate.of(2025, 12, 31), action.getDueDate());
	}

	@Test
	void repeatedTextsAndDatesAreReadAsWrittenAlsoWhenTheyShareASlot() throws Exception {
		// 2027-10-22 is 1,024 days after 2025-01-01, the size of the reader's table of dates
		Path file = write("repetidos.siempleo", HEAD + ROOT + "  <plans id=\"p1\" code=\"P\">\n"
				+ "<actions id=\"a1\" code=\"AC-01\" responsiblePerson=\"Ana\" startDate=\"2025-01-01\" dueDate=\"2027-10-22\"/>\n"
				+ "<actions id=\"a2\" code=\"AC-02\" responsiblePerson=\"Luis\" startDate=\"2027-10-22\" dueDate=\"2025-01-01\"/>\n"
				+ "<actions id=\"a3\" code=\"AC-03\" responsiblePerson=\"Ana\" startDate=\"2025-01-01\" dueDate=\"2025-01-02\"/>\n"
				+ "</plans>\n</siempleo:Workspace>\n");
		var actions = ((Workspace) load(file).getContents().get(0)).getPlans().get(0).getActions();
		assertEquals("a1 Ana 2025-01-01 2027-10-22|a2 Luis 2027-10-22 2025-01-01|a3 Ana 2025-01-01 2025-01-02", actions.stream()
				.map(a -> a.getId() + " " + a.getResponsiblePerson() + " " + a.getStartDate() + " " + a.getDueDate())
				.collect(java.util.stream.Collectors.joining("|")));
	}

	@Test
	void anElementWithoutAnIdGetsANewOneAndIdsAreKept() throws Exception {
		Path file = write("sinid.siempleo", HEAD + ROOT + "  <plans id=\"p1\" code=\"P\">"
				+ "<actions code=\"AC-01\"/><actions code=\"AC-02\"/><actions id=\"a3\" code=\"AC-03\"/></plans>\n"
				+ "</siempleo:Workspace>\n");
		Resource resource = load(file);
		Workspace workspace = (Workspace) resource.getContents().get(0);
		var actions = workspace.getPlans().get(0).getActions();
		assertEquals("w1", workspace.getId());
		assertEquals("a3", actions.get(2).getId());
		String first = actions.get(0).getId();
		assertTrue(first != null && java.util.UUID.fromString(first).toString().equals(first), first);
		assertTrue(!first.equals(actions.get(1).getId()));
		assertEquals(actions.get(1), resource.getEObject(actions.get(1).getId()));
		assertTrue(hn.siempleo.model.SiempleoFactory.eINSTANCE.createAction().getId() != null,
				"objects created after a load get a UUID again");
	}

	@Test
	void attributesAreReadInAnyOrderAlsoBesideOnesEmfHandlesItself() throws Exception {
		Path file = write("atributos.siempleo", HEAD + ROOT + "  <offices id=\"o1\" code=\"OF-01\" name=\"Uno\" staff=\"3\"/>\n"
				+ "  <offices staff=\"4\" name=\"Dos\" xmlns:x=\"urn:x\" code=\"OF-02\" id=\"o2\"/>\n"
				+ "  <offices name=\"Tres\" id=\"o3\" code=\"OF-03\"/>\n</siempleo:Workspace>\n");
		Resource resource = load(file);
		var offices = ((Workspace) resource.getContents().get(0)).getOffices();
		assertEquals("o1 OF-01 Uno 3|o2 OF-02 Dos 4|o3 OF-03 Tres 0", offices.stream()
				.map(o -> o.getId() + " " + o.getCode() + " " + o.getName() + " " + o.getStaff())
				.collect(java.util.stream.Collectors.joining("|")));
		assertEquals(offices.get(1), resource.getEObject("o2"));
	}

	@Test
	void anUnknownAttributeAfterKnownOnesIsNamedWithItsLine() throws Exception {
		ModelStoreException e = refused(write("atributo.siempleo", HEAD + ROOT + "  <offices id=\"o1\" code=\"OF-01\"/>\n"
				+ "  <offices id=\"o2\" code=\"OF-02\" sorpresa=\"1\"/>\n</siempleo:Workspace>\n"));
		assertTrue(e.getMessage().contains("«sorpresa»"), e.getMessage());
		assertEquals(4, e.line());
	}

	@Test
	void unknownElementsAndFormatsAreNamed() throws Exception {
		ModelStoreException unknown = refused(write("raro.siempleo", HEAD + ROOT + "  <sorpresa id=\"x\"/>\n</siempleo:Workspace>\n"));
		assertTrue(unknown.getMessage().contains("«sorpresa»"), unknown.getMessage());
		ModelStoreException format = refused(write("otro.siempleo", HEAD + ROOT.replace("model/1.1", "model/7.0")
				+ "</siempleo:Workspace>\n"));
		assertTrue(format.getMessage().contains("model/7.0"), format.getMessage());
		ModelStoreException dangling = refused(write("colgante.siempleo", HEAD + ROOT
				+ "  <offices id=\"o1\" code=\"OF-01\" partners=\"no-existe\"/>\n</siempleo:Workspace>\n"));
		assertTrue(dangling.getMessage().contains("no-existe"), dangling.getMessage());
	}

	@Test
	void notXmlEmptyMissingAndFolders() throws Exception {
		assertTrue(refused(write("texto.siempleo", "hola, esto no es XML")).getMessage().contains("XML"));
		assertTrue(refused(write("vacio.siempleo", "")).getMessage().contains("vacío"));
		assertTrue(refused(folder.resolve("no-existe.siempleo")).getMessage().contains("No se encuentra"));
		assertTrue(refused(folder).getMessage().contains("no es un archivo"));
	}

	@Test
	void aHugeFileIsRefusedBeforeReading() throws Exception {
		Path file = folder.resolve("enorme.siempleo");
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(200L * 1024 * 1024);
		}
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("200,0 MB") || e.getMessage().contains("200.0 MB"), e.getMessage());
	}

	@Test
	void aFailedLoadLeavesNothingInTheResourceSet() throws Exception {
		ResourceSet set = new ResourceSetImpl();
		Path file = write("tipos.siempleo", HEAD + ROOT + "  <offices id=\"o1\" staff=\"x\"/>\n</siempleo:Workspace>\n");
		assertThrows(ModelStoreException.class, () -> store.load(URI.createFileURI(file.toString()), set, null));
		assertTrue(set.getResources().isEmpty());
	}

	@Test
	void aCrashMidSaveLeavesThePreviousFileIntact() throws Exception {
		Path target = folder.resolve("plan.siempleo");
		Files.write(target, shippedDataSet());
		Resource resource = load(target);
		byte[] before = Files.readAllBytes(target);
		((Workspace) resource.getContents().get(0)).setName("Cambiado");
		XmiFileStore failing = new XmiFileStore(failAfter(8 * 1024), XmiFileStore.DEFAULT_MAX_BYTES);
		ModelStoreException e = assertThrows(ModelStoreException.class,
				() -> failing.save(resource, URI.createFileURI(target.toString()), null));
		assertTrue(e.getMessage().contains("no se ha modificado"), e.getMessage());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(target)), "the saved file is untouched");
		try (var files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void aSuccessfulSaveKeepsThePreviousVersionAsBackup() throws Exception {
		Path target = folder.resolve("plan.siempleo");
		Files.write(target, shippedDataSet());
		Resource resource = load(target);
		((Workspace) resource.getContents().get(0)).setName("Versión nueva");
		store.save(resource, URI.createFileURI(target.toString()), null);
		assertTrue(Files.readString(target).contains("Versión nueva"));
		Path backup = folder.resolve("plan.siempleo" + XmiFileStore.BACKUP_SUFFIX);
		assertTrue(java.util.Arrays.equals(shippedDataSet(), Files.readAllBytes(backup)));
	}

	@Test
	void olderFormatsOpenThroughTheirMigration() throws Exception {
		Path file = write("antiguo.siempleo", HEAD + ROOT.replace("model/1.1", "model/0.9") + "</siempleo:Workspace>\n");
		assertTrue(refused(file).getMessage().contains("model/0.9"), "unknown until a migration is registered");
		store.addMigration(new FormatMigration() {
			@Override
			public String sourceNamespace() {
				return "http://siempleo.hn/model/0.9";
			}

			@Override
			public void migrate(Resource resource) {
				((Workspace) resource.getContents().get(0)).setDescription("migrado desde 0.9");
			}
		});
		Workspace workspace = (Workspace) load(file).getContents().get(0);
		assertEquals("migrado desde 0.9", workspace.getDescription());
		assertEquals("Prueba", workspace.getName());
	}

	@Test
	void referencesToObjectsReadBeforeAndAfterAreSetInTheirOrder() throws Exception {
		String offices = "  <axes id=\"e1\" code=\"E1\"/>\n  <offices id=\"o1\" code=\"OF-01\"/>\n  <offices id=\"o2\" code=\"OF-02\"/>\n";
		Resource resource = load(write("referencias.siempleo", HEAD + ROOT + offices
				+ "  <plans id=\"p1\" code=\"P\">\n"
				+ "    <actions id=\"a1\" code=\"AC-01\" axis=\"e1\" offices=\"o2 o1\"/>\n"
				+ "    <actions id=\"a2\" code=\"AC-02\" axis=\"e2\" offices=\"o3 o1\"/>\n"
				+ "    <actions id=\"a3\" code=\"AC-03\" offices=\"o1\"/>\n"
				+ "  </plans>\n  <axes id=\"e2\" code=\"E2\"/>\n  <offices id=\"o3\" code=\"OF-03\"/>\n</siempleo:Workspace>\n"));
		java.util.function.Function<String, String> read = id -> {
			var action = (hn.siempleo.model.Action) resource.getEObject(id);
			return action.getAxis() == null ? "-" : action.getAxis().getCode() + " " + action.getOffices().stream()
					.map(hn.siempleo.model.Office::getCode).collect(java.util.stream.Collectors.joining(","));
		};
		assertEquals("E1 OF-02,OF-01", read.apply("a1"));
		assertEquals("E2 OF-03,OF-01", read.apply("a2"));
		assertEquals("-", read.apply("a3"));
		assertEquals(1, ((hn.siempleo.model.Action) resource.getEObject("a3")).getOffices().size());
		// an earlier object of the wrong class, and an id read nowhere, are refused as before
		ModelStoreException wrong = refused(write("clase.siempleo", HEAD + ROOT + offices
				+ "  <plans id=\"p1\" code=\"P\"><actions id=\"a1\" code=\"AC-01\" axis=\"o1\"/></plans>\n</siempleo:Workspace>\n"));
		assertTrue(wrong.getMessage().contains("o1") || wrong.getMessage().contains("OF-01") || wrong.getMessage().contains("axis"),
				wrong.getMessage());
		ModelStoreException missing = refused(write("falta.siempleo", HEAD + ROOT + offices
				+ "  <plans id=\"p1\" code=\"P\"><actions id=\"a1\" code=\"AC-01\" offices=\"o1 o9\"/></plans>\n</siempleo:Workspace>\n"));
		assertTrue(missing.getMessage().contains("o9"), missing.getMessage());
	}

	@Test
	void aLongFileIsReadTheSameWhetherItIsParsedOnASecondThreadOrNot() throws Exception {
		XmiFileStore oneThread = new XmiFileStore(UnaryOperator.identity(), XmiFileStore.DEFAULT_MAX_BYTES, false);
		XmiFileStore twoThreads = new XmiFileStore(UnaryOperator.identity(), XmiFileStore.DEFAULT_MAX_BYTES, true);
		// some 9,000 parser events: many batches handed from the parsing thread to the loading one
		StringBuilder offices = new StringBuilder(HEAD + ROOT);
		for (int i = 0; i < 3000; i++) {
			offices.append("  <offices id=\"o").append(i).append("\" code=\"OF-").append(i).append("\" name=\"Oficina ")
					.append(i % 7).append("\">\n    <description>Texto &amp; más ").append(i).append("</description>\n  </offices>\n");
		}
		String body = offices.toString();
		String end = "</siempleo:Workspace>\n";
		Path whole = write("largo.siempleo", body + end);
		Path one = folder.resolve("uno.siempleo");
		Path two = folder.resolve("dos.siempleo");
		oneThread.save(oneThread.load(URI.createFileURI(whole.toString()), new ResourceSetImpl(), null), URI.createFileURI(one.toString()), null);
		Resource read = twoThreads.load(URI.createFileURI(whole.toString()), new ResourceSetImpl(), null);
		assertEquals(3000, ((Workspace) read.getContents().get(0)).getOffices().size());
		assertEquals("Texto & más 2999", ((Workspace) read.getContents().get(0)).getOffices().get(2999).getDescription());
		twoThreads.save(read, URI.createFileURI(two.toString()), null);
		assertTrue(java.util.Arrays.equals(Files.readAllBytes(one), Files.readAllBytes(two)), "the same model either way");
		// problems far into the file: the same first problem, with the same line, either way
		byte[] invalid = (body + "  <offices id=\"x\" code=\"OF-?\"/>\n" + end).getBytes(StandardCharsets.UTF_8);
		invalid[body.getBytes(StandardCharsets.UTF_8).length + 27] = (byte) 0xFF; // the ? of OF-?
		Path[] hostile = {
				write("atributo.siempleo", body + "  <offices id=\"x\" code=\"OF\" sorpresa=\"1\"/>\n" + end),
				write("duplicado.siempleo", body + "  <offices id=\"o7\" code=\"OF\"/>\n" + end),
				write("cortado.siempleo", body.substring(0, body.length() - 30)),
				write("valor-y-corte.siempleo", body + "  <offices id=\"x\" staff=\"muchos\"/>\n  <offices id=\"y\" staff=\"m"),
				Files.write(folder.resolve("bytes.siempleo"), invalid) };
		for (Path file : hostile) {
			URI location = URI.createFileURI(file.toString());
			ModelStoreException expected = assertThrows(ModelStoreException.class, () -> oneThread.load(location, new ResourceSetImpl(), null));
			ModelStoreException actual = assertThrows(ModelStoreException.class, () -> twoThreads.load(location, new ResourceSetImpl(), null));
			assertEquals(expected.getMessage(), actual.getMessage(), file.getFileName().toString());
			assertEquals(expected.line(), actual.line(), file.getFileName().toString());
			assertTrue(actual.line() > 9000, file.getFileName() + ": " + actual.getMessage());
		}
	}

	private static UnaryOperator<java.io.OutputStream> failAfter(int bytes) {
		return out -> new java.io.FilterOutputStream(out) {
			private int written;

			@Override
			public void write(int b) throws IOException {
				check(1);
				super.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				check(len);
				out.write(b, off, len);
			}

			private void check(int n) throws IOException {
				written += n;
				if (written > bytes) {
					throw new IOException("disco lleno (simulado)");
				}
			}
		};
	}
}
