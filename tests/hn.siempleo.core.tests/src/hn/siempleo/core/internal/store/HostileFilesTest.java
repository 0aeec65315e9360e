// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.ModelStoreException;

/**
 * A model file never makes the product open another address or file, never gets through with a duplicate id,
 * and a file with bytes invalid in its encoding is refused with a line and column. A real server socket on
 * loopback counts every connection a load makes.
 */
class HostileFilesTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String ROOT = "<siempleo:Workspace xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:siempleo=\"http://siempleo.hn/model/1.1\" id=\"w1\" name=\"Prueba\">\n";
	private static final String END = "</siempleo:Workspace>\n";

	@TempDir
	Path folder;

	private final XmiFileStore store = new XmiFileStore();
	private final AtomicInteger requests = new AtomicInteger();
	private ServerSocket server;
	private String base;

	@BeforeEach
	void startServer() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!server.isClosed()) {
				try (Socket client = server.accept()) {
					requests.incrementAndGet();
				} catch (IOException e) {
					return;
				}
			}
		}, "counting-server");
		acceptor.setDaemon(true);
		acceptor.start();
		base = "http://127.0.0.1:" + server.getLocalPort() + "/";
	}

	@AfterEach
	void stopServer() throws IOException {
		server.close();
	}

	private Path write(String name, String content) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private ModelStoreException refused(Path file) {
		return assertThrows(ModelStoreException.class,
				() -> store.load(URI.createFileURI(file.toString()), new ResourceSetImpl(), null));
	}

	@Test
	void anUnknownNamespaceWithASchemaLocationIsNotFetched() throws Exception {
		Path file = write("malo.siempleo", HEAD + "<evil:Thing xmlns:evil=\"http://evil.example/x\" "
				+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://evil.example/x "
				+ base + "evil.ecore\" id=\"1\"/>\n");
		ModelStoreException e = refused(file);
		assertEquals(0, requests.get(), "the load made no request");
		assertTrue(e.getMessage().contains("http://evil.example/x"), e.getMessage());
		assertEquals(2, e.line());
	}

	@Test
	void aNamespaceThatIsAnAddressIsNotFetchedEither() throws Exception {
		Path file = write("malo2.siempleo", HEAD + "<evil:Thing xmlns:evil=\"" + base + "evil.ecore\" id=\"1\"/>\n");
		refused(file);
		assertEquals(0, requests.get(), "the load made no request");
	}

	@Test
	void anXsiTypeFromAnAddressIsNotFetched() throws Exception {
		Path file = write("malo3.siempleo", HEAD + ROOT.replace("id=\"w1\"", "xmlns:evil=\"" + base
				+ "evil.ecore\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"w1\"")
				+ "  <institutions xsi:type=\"evil:Thing\" id=\"i1\"/>\n" + END);
		refused(file);
		assertEquals(0, requests.get(), "the load made no request");
	}

	@Test
	void aReferenceToAnAddressIsRefusedNamingElementReferenceAndLine() throws Exception {
		Path file = write("remoto.siempleo", HEAD + ROOT
				+ "  <institutions id=\"i1\" code=\"INFOP\"/>\n"
				+ "  <offices id=\"o1\" code=\"OF-01\" partners=\"" + base + "x.siempleo#i9\"/>\n" + END);
		ModelStoreException e = refused(file);
		assertEquals(0, requests.get(), "the load made no request");
		assertTrue(e.getMessage().contains(base + "x.siempleo#i9"), e.getMessage());
		assertTrue(e.getMessage().contains("OF-01") && e.getMessage().contains("«partners»"), e.getMessage());
		assertEquals(4, e.line());
	}

	@Test
	void hrefElementsToOtherFilesAndSchemesAreRefused() throws Exception {
		Path other = write("otro.siempleo", HEAD + ROOT + "  <institutions id=\"i9\" code=\"X\"/>\n" + END);
		for (String target : new String[] { other.getFileName() + "#i9", other.toUri() + "#i9", base + "y#i9",
				"jar:file:/tmp/a.jar!/m.siempleo#i9", "platform:/plugin/hn.siempleo.core/data/si-empleo-2024.siempleo#i9",
				"ftp://127.0.0.1/m#i9" }) {
			Path file = write("href.siempleo", HEAD + ROOT + "  <offices id=\"o1\" code=\"OF-01\">\n"
					+ "    <partners href=\"" + target + "\"/>\n  </offices>\n" + END);
			ModelStoreException e = refused(file);
			assertTrue(e.getMessage().contains(target) && e.getMessage().contains("«partners»"), e.getMessage());
			assertEquals(4, e.line(), e.getMessage());
		}
		assertEquals(0, requests.get(), "no load made a request");
	}

	@Test
	void theResourceSetOfALoadCannotOpenAnythingAfterwards() throws Exception {
		ResourceSetImpl set = new ResourceSetImpl();
		Path file = write("bien.siempleo", HEAD + ROOT + END);
		store.load(URI.createFileURI(file.toString()), set, null);
		assertThrows(RuntimeException.class, () -> set.getResource(URI.createURI(base + "m.siempleo"), true));
		assertThrows(RuntimeException.class, () -> set.getResource(URI.createFileURI(file.toString() + "x"), true));
		assertEquals(0, requests.get());
	}

	@Test
	void aDuplicateIdIsRefusedNamingTheIdAndTheSecondLine() throws Exception {
		Path file = write("doble.siempleo", HEAD + ROOT
				+ "  <institutions id=\"i1\" code=\"A\"/>\n"
				+ "  <institutions id=\"i2\" code=\"B\"/>\n"
				+ "  <offices id=\"i1\" code=\"OF-01\" partners=\"i1\"/>\n" + END);
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("«i1»") && e.getMessage().contains("línea 3"), e.getMessage());
		assertEquals(5, e.line());
	}

	@Test
	void anIdUsedByTheRootAndANestedElementIsADuplicateToo() throws Exception {
		Path file = write("doble2.siempleo", HEAD + ROOT
				+ "  <plans id=\"p1\" code=\"P\">\n    <actions id=\"w1\" code=\"AC-01\"/>\n  </plans>\n" + END);
		ModelStoreException e = refused(file);
		assertTrue(e.getMessage().contains("«w1»"), e.getMessage());
		assertEquals(4, e.line());
	}

	@Test
	void invalidBytesForTheDeclaredEncodingHaveALineAndColumn() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write((HEAD + ROOT + "  <institutions id=\"i1\" code=\"A\"/>\n  <institutions id=\"i2\" code=\"Econom")
				.getBytes(StandardCharsets.UTF_8));
		bytes.write(0xED); // Windows-1252 'í', not UTF-8
		bytes.write("a\"/>\n".getBytes(StandardCharsets.UTF_8));
		bytes.write(END.getBytes(StandardCharsets.UTF_8));
		Path file = folder.resolve("cp1252.siempleo");
		Files.write(file, bytes.toByteArray());
		ModelStoreException e = refused(file);
		assertEquals(4, e.line(), e.getMessage());
		assertEquals(37, e.column(), e.getMessage());
		assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("línea 4, columna 37"), e.getMessage());
	}
}
