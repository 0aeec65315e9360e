// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.store.pg.ServerAddress;

/**
 * Not a test: figures for the shared store on the loopback server. Opening a 100,000-action plan (against the
 * local file), one edit's round trip, and the throughput of 17 office writers. Run by {@code ./siempleo bench}
 * (alone: {@code ./siempleo bench -pl features/hn.siempleo.app.feature,tests/hn.siempleo.store.pg.tests -am}); the
 * figures are printed and appended to {@code benchmarks/results/shared-store.txt}.
 */
@ExtendWith(TestServer.class)
class SharedPlanBenchmark {

	private static final int ACTIONS = 100_000;
	private static final int OFFICES = 17;
	private final List<String> lines = new ArrayList<>();

	@Test
	void measure() throws Exception {
		ModelService models = SharedPlanFixture.service(ModelService.class);
		Path folder = Files.createTempDirectory("siempleo-bench");
		Path file = folder.resolve("grande.siempleo");
		OpenModel generated = generate(models, file, ACTIONS);
		models.save(generated, new NullProgressMonitor());
		generated = null; // the heap of the test runtime is 1 GB
		// both loads warmed up once (the JIT), then the best of three
		models.open(URI.createFileURI(file.toString()), new NullProgressMonitor());
		long fileLoad = best(3, () -> models.open(URI.createFileURI(file.toString()), new NullProgressMonitor()));
		OpenModel local = models.open(URI.createFileURI(file.toString()), new NullProgressMonitor());
		long t = System.nanoTime();
		SharedPlanFixture plan = SharedPlanFixture.publish(local, "Grande");
		long publish = (System.nanoTime() - t) / 1_000_000;
		long sharedLoad = Long.MAX_VALUE;
		long firstOpen = 0;
		for (int i = 0; i < 4; i++) { // each opened plan is closed again (its session released), outside the time
			System.gc();
			long s = System.nanoTime();
			OpenModel opened = plan.open("central");
			long took = (System.nanoTime() - s) / 1_000_000;
			if (i == 0) {
				firstOpen = took; // the warm-up
			} else {
				sharedLoad = Math.min(sharedLoad, took);
			}
			plan.models().close(opened);
		}
		report("objects %d (%d actions): file load %d ms, shared open %d ms (%.2fx the file; first open in this JVM %d ms),"
				+ " publish %d ms", count(local), ACTIONS, fileLoad, sharedLoad, (double) sharedLoad / fileLoad, firstOpen, publish);
		openBreakdown(plan);

		OpenModel shared = plan.open("central");
		List<Action> actions = shared.workspace().getPlans().get(0).getActions();
		long[] rounds = new long[200];
		for (int i = 0; i < rounds.length; i++) {
			Action action = actions.get(i * 97);
			long s = System.nanoTime();
			shared.commandStack().execute(SetCommand.create(shared.editingDomain(), action,
					SiempleoPackage.eINSTANCE.getAction_Progress(), i % 100));
			rounds[i] = System.nanoTime() - s;
			if (plan.session(shared).lastRejection() != null) {
				throw new AssertionError(plan.session(shared).lastRejection().message());
			}
		}
		Arrays.sort(rounds);
		report("one edit round trip on the 100,000-action plan (200 edits): median %.1f ms, p90 %.1f ms, p95 %.1f ms, max %.1f ms",
				rounds[100] / 1e6, rounds[180] / 1e6, rounds[190] / 1e6, rounds[199] / 1e6);
		OpenModel other = plan.open("central");
		SharedPlanFixture.set(other, other.workspace().getPlans().get(0).getActions().get(5), SiempleoPackage.eINSTANCE.getAction_Title(), "x");
		other = null;
		long pull = System.nanoTime();
		int pulled = plan.session(shared).pull();
		report("a pull bringing %d remote change(s) into the 100,000-action plan: %.1f ms", pulled, (System.nanoTime() - pull) / 1e6);

		shared = null;
		actions = null;
		Path small = folder.resolve("oficinas.siempleo");
		OpenModel smallPlan = generate(models, small, OFFICES * 100);
		SharedPlanFixture small1700 = SharedPlanFixture.publish(smallPlan, "Oficinas");
		OpenModel central = small1700.open("central");
		List<Action> few = central.workspace().getPlans().get(0).getActions();
		long[] smallRounds = new long[200];
		for (int i = 0; i < smallRounds.length; i++) {
			long s = System.nanoTime();
			central.commandStack().execute(SetCommand.create(central.editingDomain(), few.get(i * 7),
					SiempleoPackage.eINSTANCE.getAction_Progress(), i % 100));
			smallRounds[i] = System.nanoTime() - s;
		}
		Arrays.sort(smallRounds);
		report("one edit round trip on a 1,700-action plan (200 edits): median %.1f ms, p90 %.1f ms, p95 %.1f ms",
				smallRounds[100] / 1e6, smallRounds[180] / 1e6, smallRounds[190] / 1e6);
		writers(small1700, smallPlan.workspace().getOffices());
		Path out = Path.of(System.getProperty("siempleo.test.output", folder.toString()), "shared-store-bench.txt");
		Files.write(out, lines, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
		String results = System.getProperty("siempleo.bench.results");
		if (results != null) { // ./siempleo bench: appended to benchmarks/results/shared-store.txt
			List<String> run = new ArrayList<>();
			run.add(String.format("# %s ./siempleo bench, load average %.1f, %d cores, Java %s", LocalDateTime.now().withNano(0),
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
			lines.forEach(line -> run.add(line.substring(line.indexOf(' ') + 1)));
			Files.createDirectories(Path.of(results));
			Files.write(Path.of(results, "shared-store.txt"), run, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	/** Where the time of an open goes: schema check, the rows' query, building the model, the rest. */
	private void openBreakdown(SharedPlanFixture plan) throws Exception {
		ServerAddress address = plan.address("central");
		javax.sql.DataSource pool = plan.store().pool(address);
		long schema = best(3, () -> Schema.isCurrent(pool));
		PlanTables.Plan row = null;
		try (java.sql.Connection c = pool.getConnection()) {
			row = PlanTables.plan(c, plan.planName());
		}
		java.util.UUID planId = row.id();
		long rows = best(3, () -> {
			try (java.sql.Connection c = pool.getConnection()) {
				return PlanTables.load(c, planId);
			}
		});
		long build = best(3, () -> {
			try (java.sql.Connection c = pool.getConnection()) {
				org.eclipse.emf.ecore.resource.ResourceSet set = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
				org.eclipse.emf.ecore.resource.Resource resource = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
						address.planLocation(plan.planName()));
				set.getResources().add(resource);
				return new PlanLoader(new ObjectCodec(set.getPackageRegistry())).load(c, address, plan.planName(), resource);
			}
		});
		long storeLoad = Long.MAX_VALUE;
		long session = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
					new org.eclipse.emf.edit.provider.ComposedAdapterFactory(), new hn.siempleo.core.spi.HistoryCommandStack());
			plan.address("central"); // the pool again, with the test password (closing the last session closed it)
			long s = System.nanoTime();
			org.eclipse.emf.ecore.resource.Resource resource = plan.store().load(address.planLocation(plan.planName()),
					domain.getResourceSet(), null);
			long loaded = System.nanoTime();
			OpenModel model = new OpenModel(domain, resource, address.planLocation(plan.planName()));
			plan.store().opened(model);
			long started = System.nanoTime();
			storeLoad = Math.min(storeLoad, (loaded - s) / 1_000_000);
			session = Math.min(session, (started - loaded) / 1_000_000);
			plan.store().closed(model);
		}
		report("open, where the time goes: schema check %d ms, query and decode of the rows %d ms, rows and model %d ms,"
				+ " the store's whole load %d ms, the session's start (change recorder, rights) %d ms", schema, rows, build,
				storeLoad, session);
	}

	private void writers(SharedPlanFixture plan, List<Office> offices) throws Exception {
		int edits = 200;
		CyclicBarrier start = new CyclicBarrier(OFFICES + 1);
		ExecutorService pool = Executors.newFixedThreadPool(OFFICES);
		List<Future<Integer>> results = new ArrayList<>();
		for (int w = 0; w < OFFICES; w++) {
			String code = offices.get(w).getCode();
			results.add(pool.submit(() -> {
				OpenModel model = plan.open(TestServer.officeRole(code));
				List<Action> own = model.workspace().getPlans().get(0).getActions().stream()
						.filter(a -> code.equals(a.getOffices().get(0).getCode())).limit(edits).toList();
				start.await();
				int rejected = 0;
				for (int i = 0; i < edits; i++) {
					model.commandStack().execute(SetCommand.create(model.editingDomain(), own.get(i % own.size()),
							SiempleoPackage.eINSTANCE.getAction_ResponsiblePerson(), code + "-" + i));
					rejected += plan.session(model).lastRejection() == null ? 0 : 1;
				}
				return rejected;
			}));
		}
		start.await();
		long s = System.nanoTime();
		int rejected = 0;
		for (Future<Integer> f : results) {
			rejected += f.get();
		}
		double seconds = (System.nanoTime() - s) / 1e9;
		pool.shutdown();
		report("17 office writers x %d edits (a 1,700-action plan): %.1f s, %.0f commits/s, %d rejected", edits, seconds,
				OFFICES * edits / seconds, rejected);
	}

	private void report(String format, Object... args) {
		String line = String.format(format, args);
		System.out.println("bench: " + line);
		lines.add(LocalDateTime.now().withNano(0) + " " + line);
	}

	interface Step {
		Object run() throws Exception;
	}

	private static long best(int runs, Step step) throws Exception {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			System.gc();
			long s = System.nanoTime();
			step.run();
			best = Math.min(best, (System.nanoTime() - s) / 1_000_000);
		}
		return best;
	}

	private static long count(OpenModel model) {
		long n = 1;
		for (var it = model.workspace().eAllContents(); it.hasNext(); it.next()) {
			n++;
		}
		return n;
	}

	private static OpenModel generate(ModelService models, Path file, int count) throws IOException {
		SiempleoFactory f = SiempleoFactory.eINSTANCE;
		OpenModel model = models.create(URI.createFileURI(file.toString()), "Plan grande");
		List<Office> offices = new ArrayList<>();
		for (int o = 0; o < OFFICES; o++) {
			Office office = f.createOffice();
			office.setCode(String.format("OF-%02d", o + 1));
			office.setName("Oficina " + (o + 1));
			model.workspace().getOffices().add(office);
			offices.add(office);
		}
		ActionPlan plan = f.createActionPlan();
		plan.setCode("PA-GRANDE");
		model.workspace().getPlans().add(plan);
		for (int i = 0; i < count; i++) {
			Action action = f.createAction();
			action.setCode("AC-" + i);
			action.setTitle("Acción de prueba número " + i);
			action.setProgress(i % 101);
			action.setStartDate(LocalDate.of(2025, 1, 1).plusDays(i % 365));
			action.setDueDate(LocalDate.of(2026, 1, 1).plusDays(i % 365));
			action.setResponsiblePerson("Persona " + (i % 300));
			action.getOffices().add(offices.get(i % OFFICES));
			plan.getActions().add(action);
		}
		return model;
	}
}
