// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

import hn.siempleo.benchmarks.support.BenchmarkLog;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.validation.ModelValidator;

/**
 * Load and save of generated models of about 1,000, 10,000 and 100,000 objects through the file store
 * (atomic save, hostile-input-safe load), plus a full validation. A measurement, not a test: it never fails
 * on a time. Each figure is the median of seven runs after one warm-up. The floor of the load is a bare SAX parse
 * of the same file with only the JDK (namespace-aware, an empty handler), timed in the same runs. Before each timed
 * load and parse the collector runs, so that neither pays for the garbage of the run before it (the previous
 * model, the save); each still pays for its own. "1 thread" is the same load with the read-ahead parser off: what
 * the load costs when the second core is busy.
 */
class LoadSaveBenchmark {

	private static final SiempleoFactory F = SiempleoFactory.eINSTANCE;
	private static final int RUNS = 7;

	@Test
	void loadAndSave() throws Exception {
		BenchmarkLog results = new BenchmarkLog("load-save");
		results.line(String.format("%-10s %10s %10s %10s %10s %10s %8s %10s %8s %12s", "objects", "file KB", "save ms",
				"load ms", "SAX ms", "valid. ms", "load/SAX", "1 thread", "1t/SAX", "heap MB"));
		Path folder = Files.createTempDirectory("siempleo-bench");
		XmiFileStore store = new XmiFileStore();
		XmiFileStore oneThread = new XmiFileStore(UnaryOperator.identity(), XmiFileStore.DEFAULT_MAX_BYTES, false);
		for (int objects : new int[] { 1_000, 10_000, 100_000 }) {
			Workspace workspace = generate(objects);
			Resource resource = XmiFileStore.newResource(URI.createFileURI(folder.resolve("m.siempleo").toString()));
			resource.getContents().add(workspace);
			URI location = URI.createFileURI(folder.resolve("m" + objects + ".siempleo").toString());
			double[] save = new double[RUNS];
			double[] load = new double[RUNS];
			double[] validate = new double[RUNS];
			double[] sax = new double[RUNS];
			double[] single = new double[RUNS];
			store.save(resource, location, null);
			store.load(location, new ResourceSetImpl(), null);
			oneThread.load(location, new ResourceSetImpl(), null);
			for (int run = 0; run < RUNS; run++) {
				long start = System.nanoTime();
				store.save(resource, location, null);
				save[run] = (System.nanoTime() - start) / 1e6;
				System.gc();
				start = System.nanoTime();
				oneThread.load(location, new ResourceSetImpl(), null);
				single[run] = (System.nanoTime() - start) / 1e6;
				System.gc();
				start = System.nanoTime();
				Resource loaded = store.load(location, new ResourceSetImpl(), null);
				load[run] = (System.nanoTime() - start) / 1e6;
				System.gc();
				start = System.nanoTime();
				saxParse(Path.of(location.toFileString()));
				sax[run] = (System.nanoTime() - start) / 1e6;
				start = System.nanoTime();
				ModelValidator.validateTree(loaded.getContents().get(0), object -> object.eClass().getName());
				validate[run] = (System.nanoTime() - start) / 1e6;
			}
			long count = 1 + countContents(workspace);
			Runtime runtime = Runtime.getRuntime();
			long kilobytes = Files.size(Path.of(location.toFileString())) / 1024;
			double loadMillis = BenchmarkLog.median(load);
			double saxMillis = BenchmarkLog.median(sax);
			double singleMillis = BenchmarkLog.median(single);
			results.line(String.format("%-10d %10d %10.0f %10.0f %10.0f %10.0f %8.2f %10.0f %8.2f %12d", count, kilobytes,
					BenchmarkLog.median(save), loadMillis, saxMillis, BenchmarkLog.median(validate),
					loadMillis / saxMillis, singleMillis, singleMillis / saxMillis,
					(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024)));
			if (objects == 100_000) {
				BenchmarkLog.row(5, String.format("load of a %,d-object model (%d MB)", count, kilobytes / 1024),
						String.format("%.0f ms", loadMillis), String.format("bare SAX parse of the file: %.0f ms", saxMillis),
						"≤ 2× the SAX parse", String.format("%.2f× (one thread %.2f×)", loadMillis / saxMillis,
								singleMillis / saxMillis));
			}
		}
	}

	/** The floor: the JDK's SAX parser over the file, namespace-aware, with a handler that does nothing. */
	private static void saxParse(Path file) throws Exception {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		SAXParser parser = factory.newSAXParser();
		parser.parse(file.toFile(), new DefaultHandler());
	}

	private static long countContents(Workspace workspace) {
		long count = 0;
		for (var it = workspace.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}

	/** A workspace of about {@code objects} objects: axes, offices, one plan of actions with two reports each. */
	static Workspace generate(int objects) {
		Workspace workspace = F.createWorkspace();
		workspace.setName("Generado " + objects);
		for (int i = 1; i <= 3; i++) {
			PolicyAxis axis = F.createPolicyAxis();
			axis.setCode("EJE" + i);
			axis.setNumber(i);
			workspace.getAxes().add(axis);
		}
		for (int i = 1; i <= 17; i++) {
			Office office = F.createOffice();
			office.setCode("OF-" + i);
			office.setName("Oficina " + i);
			workspace.getOffices().add(office);
		}
		ActionPlan plan = F.createActionPlan();
		plan.setCode("PLAN");
		plan.setBudgetYear(2025);
		workspace.getPlans().add(plan);
		int actions = Math.max(1, (objects - 22) / 3);
		LocalDate start = LocalDate.of(2025, 1, 1);
		for (int i = 0; i < actions; i++) {
			Action action = F.createAction();
			action.setCode(String.format("AC-%06d", i));
			action.setTitle("Acción generada número " + i + " para medir la carga y el guardado");
			action.setAxis(workspace.getAxes().get(i % 3));
			action.setPriority(1 + i % 4);
			action.setResponsiblePerson("Persona " + (i % 97));
			action.setStartDate(start.plusDays(i % 300));
			action.setDueDate(start.plusDays(300 + i % 300));
			action.setStatus(ActionStatus.IN_PROGRESS);
			action.setProgress(i % 100);
			action.setEstimatedCost(BigDecimal.valueOf(100_000L + i));
			action.setFundingSource("Presupuesto 2025");
			action.getOffices().add(workspace.getOffices().get(i % 17));
			for (int r = 0; r < 2; r++) {
				ProgressReport report = F.createProgressReport();
				report.setDate(start.plusDays(30L * (r + 1)));
				report.setProgress(Math.min(i % 100, 10 * (r + 1)));
				report.setNote("Informe " + r);
				action.getProgressReports().add(report);
			}
			plan.getActions().add(action);
		}
		return workspace;
	}
}
