// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.ModelService;
import hn.siempleo.store.pg.SharedPlans;
import hn.siempleo.store.pg.internal.PgModelStore;
import hn.siempleo.store.pg.internal.SharedPlanFixture;
import hn.siempleo.store.pg.internal.TestServer;

/** {@code ./siempleo store}: push, list, pull and changes, with their exit codes and Spanish messages. */
@ExtendWith(TestServer.class)
class StoreCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		out.reset();
		err.reset();
		return new StoreCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(List.of(args), SharedPlanFixture.service(ModelService.class), SharedPlanFixture.service(SharedPlans.class));
	}

	@Test
	void pushListPullAndChanges() throws Exception {
		ModelService models = SharedPlanFixture.service(ModelService.class);
		PgModelStore store = (PgModelStore) SharedPlanFixture.service(SharedPlans.class);
		Path file = Path.of(models.installShippedDataSet(folder).toFileString());
		TestServer server = TestServer.get();
		String database = "cli_" + ProcessHandle.current().pid();
		try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
			st.execute("CREATE DATABASE " + database);
		}
		String url = "postgresql://" + TestServer.ADMIN + "@127.0.0.1:" + server.port() + "/" + database;
		store.pool(server.admin(database)); // the password, as ~/.pgpass would give it

		assertEquals(StoreCommand.SCHEMA_PENDING, run("list", "--url", url));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--migrate"), err.toString(StandardCharsets.UTF_8));
		assertEquals(StoreCommand.OK, run("push", "--url", url, "--migrate", "--plan", "Plan CLI", file.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("publicado como plan «Plan CLI»"), out.toString(StandardCharsets.UTF_8));
		assertEquals(StoreCommand.REFUSED, run("push", "--url", url, "--plan", "Plan CLI", file.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("Ya existe un plan"), err.toString(StandardCharsets.UTF_8));
		assertEquals(StoreCommand.OK, run("list", "--url", url));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Plan CLI\t"), out.toString(StandardCharsets.UTF_8));

		Path copy = folder.resolve("copia.siempleo");
		assertEquals(StoreCommand.OK, run("pull", "--url", url, "--plan", "Plan CLI", copy.toString()), () -> err.toString(StandardCharsets.UTF_8));
		var original = models.open(URI.createFileURI(file.toString()), new NullProgressMonitor());
		var pulled = models.open(URI.createFileURI(copy.toString()), new NullProgressMonitor());
		assertTrue(EcoreUtil.equals(original.workspace(), pulled.workspace()), "the local copy equals the published file");
		assertTrue(Files.size(copy) > 100_000);

		assertEquals(StoreCommand.OK, run("changes", "--url", url, "--plan", "Plan CLI", "--office", "central", "--from", "2000-01-01"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("(creado)"), "the publication is in the log, by a central role");
		assertEquals(StoreCommand.OK, run("changes", "--url", url, "--plan", "Plan CLI", "--office", "OF-01"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("0 cambios"), out.toString(StandardCharsets.UTF_8));
		assertEquals(StoreCommand.OK, run("approval", "--url", url, "--plan", "Plan CLI"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("no exige aprobar"), out.toString(StandardCharsets.UTF_8));
		assertEquals(StoreCommand.OK, run("approval", "--url", url, "--plan", "Plan CLI", "on"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("«Plan CLI» exige que un rol central apruebe"), out.toString(StandardCharsets.UTF_8));
		assertTrue(store.approvalRequired(server.admin(database), "Plan CLI"));
		assertEquals(StoreCommand.OK, run("approval", "--url", url, "--plan", "Plan CLI", "off"));
		assertFalse(store.approvalRequired(server.admin(database), "Plan CLI"));
		assertEquals(StoreCommand.USAGE, run("approval", "--url", url, "--plan", "Plan CLI", "quizás"));
		assertEquals(StoreCommand.USAGE, run("changes", "--url", url, "--plan", "Plan CLI", "--from", "ayer"));
		assertEquals(StoreCommand.USAGE, run("pull", "--url", url));
		assertEquals(StoreCommand.USAGE, run("list"));
		assertEquals(StoreCommand.USAGE, run("list", "--url", "mysql://x/y"));
		assertEquals(StoreCommand.READ_FAILED, run("pull", "--url", url, "--plan", "No existe", copy.toString()));
		List<String> lines = new ArrayList<>(List.of(err.toString(StandardCharsets.UTF_8).split("\n")));
		assertTrue(lines.get(0).contains("No existe el plan «No existe»"), lines.toString());
		assertEquals(StoreCommand.SERVER_FAILED, run("list", "--url", "postgresql://nadie@127.0.0.1:" + server.port() + "/" + database));
	}
}
