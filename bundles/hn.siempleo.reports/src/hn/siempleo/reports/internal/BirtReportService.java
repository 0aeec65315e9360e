// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import hn.siempleo.model.Workspace;
import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.core.files.OutputRefusedException;
import hn.siempleo.core.files.OutputTargets;
import hn.siempleo.reports.Choice;
import hn.siempleo.reports.ChoiceSource;
import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportException.Reason;
import hn.siempleo.reports.ReportFormat;
import hn.siempleo.reports.ReportParameter;
import hn.siempleo.reports.ReportService;
import hn.siempleo.reports.internal.data.DataSection;
import hn.siempleo.reports.internal.data.ReportDataWriter;

/** The report service on BIRT: catalogue from the extension registry, one lazily started engine. */
@Component(service = ReportService.class)
public final class BirtReportService implements ReportService {

	/** The sample report data beside the designs (what the BIRT Designer previews with). */
	static final String SAMPLE_DATA = "designs/sample-report-data.xml"; //$NON-NLS-1$

	private final ReportEngineHolder engine = new ReportEngineHolder();
	private final DesignCache compiled = new DesignCache();
	private final DataIndexes indexes = new DataIndexes();
	private final AtomicBoolean warmedUp = new AtomicBoolean();
	/** Designs rendered by the warm-up without an error (for tests). */
	private final AtomicInteger warmUpRenders = new AtomicInteger();
	private final ILog log = ILog.of(BirtReportService.class);
	private IExtensionRegistry registry;
	private ExecutorService workers;

	/** The extension registry the catalogue is read from (DS). */
	@Reference
	public void setRegistry(IExtensionRegistry registry) {
		this.registry = registry;
	}

	@Activate
	void activate() {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = runnable -> {
			Thread thread = new Thread(runnable, "Sí Empleo report " + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		workers = Executors.newCachedThreadPool(threads);
	}

	@Deactivate
	void deactivate() {
		workers.shutdownNow();
		compiled.clear();
		engine.destroy();
	}

	@Override
	public List<ReportDesign> designs() {
		return List.copyOf(DesignCatalogue.read(registry, log).values());
	}

	@Override
	public Optional<ReportDesign> design(String id) {
		return Optional.ofNullable(DesignCatalogue.read(registry, log).get(id));
	}

	@Override
	public List<Choice> choices(ReportParameter parameter, Workspace model) {
		if (!parameter.choices().isEmpty() || model == null || parameter.choiceSource() == ChoiceSource.NONE) {
			return parameter.choices();
		}
		return ModelChoices.of(parameter.choiceSource(), model);
	}

	@Override
	public ReportData exportData(Workspace model, LocalDate asOf) throws ReportException {
		Path file;
		try {
			file = Files.createTempFile("siempleo-report-", ".xml");
		} catch (IOException e) {
			throw new ReportException(Reason.BAD_MODEL, NLS.bind(Messages.BirtReportService_cannotExport, e.getMessage()), e);
		}
		return write(model, asOf, file, true, section -> true, null);
	}

	@Override
	public ReportData exportData(Workspace model, LocalDate asOf, String designId) throws ReportException {
		ReportDesign design = design(designId).orElseThrow(() -> unknown(designId));
		Set<String> sections = sectionsRead(designUrl(design));
		Path file;
		try {
			file = Files.createTempFile("siempleo-report-", ".xml");
		} catch (IOException e) {
			throw new ReportException(Reason.BAD_MODEL, NLS.bind(Messages.BirtReportService_cannotExport, e.getMessage()), e);
		}
		return write(model, asOf, file, true, sections == null ? section -> true : sections::contains, design.id());
	}

	/**
	 * The sections a design's data sets read (see {@link DataFiles}), or null for every section: when one of its data
	 * sources reads the whole file, or the design cannot be read here (its render then says why).
	 */
	private Set<String> sectionsRead(URL url) {
		try {
			Set<String> sections = new HashSet<>();
			for (Optional<Set<String>> read : compiled.files(url).values()) {
				if (read.isEmpty()) {
					return null;
				}
				sections.addAll(read.get());
			}
			return sections;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public ReportData exportData(Workspace model, LocalDate asOf, Path file) throws ReportException {
		try {
			OutputTargets.check(file, OutputTargets.fileOf(model));
		} catch (OutputRefusedException e) {
			throw new ReportException(Reason.BAD_OUTPUT, e.getMessage(), e);
		}
		return write(model, asOf, file, false, section -> true, null);
	}

	private ReportData write(Workspace model, LocalDate asOf, Path file, boolean temporary, Predicate<String> sections,
			String design) throws ReportException {
		if (model == null) {
			throw new ReportException(Reason.BAD_MODEL, Messages.BirtReportService_noModel, null);
		}
		try {
			indexes.remember(file, temporary ? writeTemporary(model, asOf, file, sections) : writeAtomically(model, asOf, file));
		} catch (IOException | RuntimeException e) {
			if (temporary) {
				file.toFile().delete();
			}
			throw new ReportException(Reason.BAD_MODEL, NLS.bind(Messages.BirtReportService_cannotExport, e.getMessage()), e);
		}
		Map<ChoiceSource, List<String>> values = new EnumMap<>(ChoiceSource.class);
		for (ChoiceSource source : ChoiceSource.values()) {
			if (source != ChoiceSource.NONE) {
				List<String> codes = new ArrayList<>();
				ModelChoices.of(source, model).stream().map(Choice::value).filter(v -> !v.isEmpty()).forEach(codes::add);
				values.put(source, codes);
			}
		}
		return new ReportData(file, asOf, temporary, values, design);
	}

	/** A file the planner named: written aside, forced to disk and moved over it in one step. */
	private static List<DataSection> writeAtomically(Workspace model, LocalDate asOf, Path file) throws IOException {
		try (AtomicFile target = AtomicFile.create(file);
				OutputStream out = new BufferedOutputStream(target.openStream(), 1 << 16)) {
			List<DataSection> sections = new ReportDataWriter(asOf).write(model, out);
			out.flush();
			target.commit();
			return sections;
		}
	}

	/**
	 * The service's own temporary file (created for this export, readable by its owner only, deleted when the data is
	 * closed or the write fails): written in place, without forcing it and its folder to disk, which only a file meant
	 * to outlive a crash needs (5–10 ms for the 11 MB of a 10,000-action plan on the build machine, more on a slow
	 * disk).
	 */
	private static List<DataSection> writeTemporary(Workspace model, LocalDate asOf, Path file, Predicate<String> sections)
			throws IOException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			return new ReportDataWriter(asOf).write(model, out, sections);
		}
	}

	@Override
	public void render(String designId, ReportData data, ReportFormat format, Map<String, String> parameters,
			Path output, IProgressMonitor monitor) throws ReportException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.BirtReportService_rendering, 10);
		ReportDesign design = design(designId).orElseThrow(() -> unknown(designId));
		if (data.design().isPresent() && !data.design().get().equals(design.id())) {
			// it lacks the sections this design reads: the report would come out empty
			throw new ReportException(Reason.BAD_PARAMETER,
					NLS.bind(Messages.BirtReportService_dataOfAnotherDesign, data.design().get(), design.id()), null);
		}
		Map<String, String> values = ParameterValues.check(design, parameters, data);
		URL url = designUrl(design);
		progress.subTask(Messages.BirtReportService_starting);
		DesignRenderer renderer;
		try {
			renderer = new DesignRenderer(engine.engine(), workers, compiled, indexes);
		} catch (BirtException | RuntimeException e) {
			throw new ReportException(Reason.RENDER_FAILED, NLS.bind(Messages.BirtReportService_noEngine, e.getMessage()), e);
		}
		progress.worked(2);
		if (progress.isCanceled()) {
			throw new ReportException(Reason.CANCELLED, Messages.DesignRenderer_cancelled, null);
		}
		progress.subTask(NLS.bind(Messages.BirtReportService_running, design.name()));
		renderer.render(design, url, data, format, values, output, progress.split(8));
	}

	@Override
	public void prepare(IProgressMonitor monitor) throws ReportException {
		List<ReportDesign> catalogue = designs();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.BirtReportService_preparing, catalogue.size() + 4);
		IReportEngine started;
		try {
			started = engine.engine();
		} catch (BirtException | RuntimeException e) {
			throw new ReportException(Reason.RENDER_FAILED, NLS.bind(Messages.BirtReportService_noEngine, e.getMessage()), e);
		}
		progress.worked(1);
		for (ReportDesign design : catalogue) {
			if (progress.isCanceled()) {
				throw new ReportException(Reason.CANCELLED, Messages.DesignRenderer_cancelled, null);
			}
			try {
				URL url = designUrl(design);
				compiled.compile(started, url);
				// what it reads of the report data: asked when its data is written, on the UI thread in the workbench
				compiled.files(url);
			} catch (IOException | BirtException | ReportException e) {
				// a broken design is reported when someone renders it; the others are still prepared
				log.warn("Cannot prepare the design " + design.id() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
			progress.worked(1);
		}
		if (!catalogue.isEmpty() && warmedUp.compareAndSet(false, true)) {
			warmUp(ownDesigns(catalogue), progress.split(3));
		}
	}

	/** The catalogue's designs shipped with this bundle (the sample data is theirs), the others left out. */
	private static List<ReportDesign> ownDesigns(List<ReportDesign> catalogue) {
		String self = FrameworkUtil.getBundle(BirtReportService.class).getSymbolicName();
		List<ReportDesign> own = catalogue.stream().filter(design -> self.equals(design.contributor())).toList();
		return own.isEmpty() ? List.of(catalogue.get(0)) : own;
	}

	/**
	 * Renders each design once on the sample report data shipped with the designs (the Sí Empleo 2024 data set)
	 * to a file that is then deleted: the data source, layout, charts, fonts and PDF writer load their classes, and
	 * run their code for real rows, now rather than in the first report a planner asks for, whichever it is (one
	 * render of one design left most of BIRT's code to be compiled by the JIT during a planner's first reports).
	 */
	private void warmUp(List<ReportDesign> designs, IProgressMonitor monitor) throws ReportException {
		Path sample;
		Path output;
		try (InputStream in = FrameworkUtil.getBundle(BirtReportService.class).getEntry(SAMPLE_DATA).openStream()) {
			sample = Files.createTempFile("siempleo-prepare-", ".xml"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
			output = Files.createTempFile("siempleo-prepare-", ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | RuntimeException e) {
			log.warn("No sample data to warm the reports up with: " + e.getMessage(), e); //$NON-NLS-1$
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, designs.size());
		try (ReportData data = new ReportData(sample, LocalDate.EPOCH, true, Map.of())) {
			for (ReportDesign design : designs) {
				try {
					render(design.id(), data, ReportFormat.PDF, Map.of(), output, progress.split(1));
					warmUpRenders.incrementAndGet();
				} catch (ReportException e) {
					if (e.reason() == Reason.CANCELLED) {
						throw e;
					}
					log.warn("The warm-up render of " + design.id() + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} finally {
			output.toFile().delete();
		}
	}

	/** How many designs the warm-up rendered without an error (for tests). */
	int warmUpRenders() {
		return warmUpRenders.get();
	}

	/** How many times a design file was opened and compiled since the service started (for tests). */
	int designsOpened() {
		return compiled.opened();
	}

	private ReportException unknown(String designId) {
		List<String> ids = designs().stream().map(ReportDesign::id).toList();
		return new ReportException(Reason.UNKNOWN_DESIGN,
				NLS.bind(Messages.BirtReportService_unknownDesign, designId, String.join(", ", ids)), null);
	}

	private static URL designUrl(ReportDesign design) throws ReportException {
		Bundle bundle = findBundle(design.contributor());
		URL url = bundle == null ? null : bundle.getEntry(design.designPath());
		if (url == null) {
			throw new ReportException(Reason.RENDER_FAILED,
					NLS.bind(Messages.BirtReportService_noDesignFile, design.designPath(), design.contributor()), null);
		}
		return url;
	}

	private static Bundle findBundle(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(BirtReportService.class);
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		return null;
	}
}
