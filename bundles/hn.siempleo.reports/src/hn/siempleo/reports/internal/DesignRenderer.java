// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IPDFRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManagerFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;

import com.ibm.icu.util.ULocale;

import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.core.files.OutputRefusedException;
import hn.siempleo.core.files.OutputTargets;
import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportException.Reason;
import hn.siempleo.reports.ReportFormat;

/**
 * Runs one design on one report-data file: the BIRT task runs on a worker thread while the caller's thread
 * watches the monitor and cancels the task when asked. Output goes to a temporary file beside the target,
 * moved into place only when the task succeeded.
 */
final class DesignRenderer {

	/** The design parameter that receives the path of the report-data XML. */
	static final String DATA_PARAMETER = "reportData";

	/** The system property that, set to {@code false}, keeps BIRT's font substitution and bidi processing on. */
	static final String FONT_CHECK = "siempleo.reports.fontCheck"; //$NON-NLS-1$

	private static final long POLL_MILLIS = 100;

	private final IReportEngine engine;
	private final ExecutorService workers;
	private final DesignCache designs;
	private final DataIndexes indexes;

	DesignRenderer(IReportEngine engine, ExecutorService workers, DesignCache designs, DataIndexes indexes) {
		this.engine = engine;
		this.workers = workers;
		this.designs = designs;
		this.indexes = indexes;
	}

	void render(ReportDesign design, URL designUrl, ReportData data, ReportFormat format, Map<String, String> values,
			Path output, IProgressMonitor monitor) throws ReportException {
		IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
		try {
			OutputTargets.check(output, data.file());
		} catch (OutputRefusedException e) {
			throw new ReportException(Reason.BAD_OUTPUT, e.getMessage(), e);
		}
		List<Path> slices = new ArrayList<>();
		try (AtomicFile file = AtomicFile.create(output)) {
			Map<String, Path> files = slices(designUrl, data.file(), slices);
			Locale locale = Locale.getDefault();
			FontCoverage.Decision text = text(format, designUrl, files, locale);
			// from here the task is always run, and closed by run(); BIRT writes over the (empty) temporary file
			IReportRunnable runnable = open(design, designUrl);
			IRunAndRenderTask task = engine.createRunAndRenderTask(runnable);
			values.forEach(task::setParameterValue);
			files.forEach((parameter, path) -> task.setParameterValue(parameter, path.toAbsolutePath().toString()));
			task.setLocale(ULocale.forLocale(locale));
			task.setRenderOption(renderOption(format, file.temp(), text));
			run(task, design, progress);
			// the task has run and been closed: its compiled design serves the next render
			designs.give(designUrl, runnable);
			file.commit();
		} catch (IOException e) {
			throw new ReportException(Reason.RENDER_FAILED,
					NLS.bind(Messages.DesignRenderer_cannotWrite, output, e.getMessage()), e);
		} finally {
			slices.forEach(slice -> slice.toFile().delete());
		}
	}

	/**
	 * The file for each data-file parameter of the design (see {@link DataFiles}): a temporary copy of the report
	 * data with only the sections its data sets read (see {@link DataSlices}), added to {@code slices}, or the
	 * report data itself when they need the whole file.
	 */
	private Map<String, Path> slices(URL designUrl, Path data, List<Path> slices) throws IOException {
		Map<String, Path> files = new LinkedHashMap<>();
		for (Map.Entry<String, Optional<Set<String>>> file : designs.files(designUrl).entrySet()) {
			if (file.getValue().isEmpty()) {
				files.put(file.getKey(), data);
				continue;
			}
			Path slice = Files.createTempFile("siempleo-datos-", ".xml"); //$NON-NLS-1$ //$NON-NLS-2$
			slices.add(slice);
			DataSlices.write(data, file.getValue().get(), slice, indexes.find(data), designs.columns(designUrl));
			files.put(file.getKey(), slice);
		}
		return files;
	}

	/**
	 * What the PDF layout may skip for this design, data and locale (see {@link FontCoverage}); BIRT's defaults
	 * for other formats, or when {@code -Dsiempleo.reports.fontCheck=false}.
	 */
	private FontCoverage.Decision text(ReportFormat format, URL designUrl, Map<String, Path> files, Locale locale)
			throws IOException {
		if (format != ReportFormat.PDF || !Boolean.parseBoolean(System.getProperty(FONT_CHECK, "true"))) { //$NON-NLS-1$
			return FontCoverage.Decision.DEFAULTS;
		}
		return FontCoverage.decide(designs.text(designUrl), files.values(), locale,
				FontMappingManagerFactory.getInstance().getFontMappingManager(format.id(), locale));
	}

	private IReportRunnable open(ReportDesign design, URL designUrl) throws ReportException {
		try {
			return designs.take(engine, designUrl);
		} catch (IOException | BirtException e) {
			throw new ReportException(Reason.RENDER_FAILED,
					NLS.bind(Messages.DesignRenderer_cannotOpen, design.name(), e.getMessage()), e);
		}
	}

	/**
	 * Runs and closes the task on a worker thread (BIRT's JavaScript context belongs to the thread that ran
	 * the task, so closing happens there too); this thread watches the monitor.
	 */
	private void run(IRunAndRenderTask task, ReportDesign design, IProgressMonitor monitor) throws ReportException {
		Future<List<?>> running = workers.submit(() -> {
			try {
				task.run();
				return List.copyOf(task.getErrors());
			} finally {
				task.close();
			}
		});
		List<?> errors;
		while (true) {
			try {
				errors = running.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				break;
			} catch (TimeoutException e) {
				if (monitor.isCanceled()) {
					task.cancel();
					awaitQuietly(running);
					throw new ReportException(Reason.CANCELLED, Messages.DesignRenderer_cancelled, null);
				}
			} catch (InterruptedException e) {
				task.cancel();
				awaitQuietly(running);
				Thread.currentThread().interrupt();
				throw new ReportException(Reason.CANCELLED, Messages.DesignRenderer_cancelled, e);
			} catch (ExecutionException e) {
				throw new ReportException(Reason.RENDER_FAILED,
						NLS.bind(Messages.DesignRenderer_failed, design.name(), e.getCause().getMessage()), e.getCause());
			}
		}
		if (monitor.isCanceled()) {
			throw new ReportException(Reason.CANCELLED, Messages.DesignRenderer_cancelled, null);
		}
		if (!errors.isEmpty()) {
			Throwable first = errors.get(0) instanceof Throwable t ? t : null;
			throw new ReportException(Reason.RENDER_FAILED, NLS.bind(Messages.DesignRenderer_failed, design.name(),
					first == null ? String.valueOf(errors.get(0)) : first.getMessage()), first);
		}
	}

	/** Waits until a cancelled task has stopped, so it is not closed while it still runs. */
	private static void awaitQuietly(Future<?> running) {
		boolean interrupted = false;
		while (true) {
			try {
				running.get();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			} catch (ExecutionException e) {
				break;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static RenderOption renderOption(ReportFormat format, Path file, FontCoverage.Decision text) {
		RenderOption option = switch (format) {
		case PDF -> {
			PDFRenderOption pdf = new PDFRenderOption();
			// off only where the PDF is the same either way (see FontCoverage)
			if (!text.substitution()) {
				pdf.setOption(IPDFRenderOption.PDF_FONT_SUBSTITUTION, Boolean.FALSE);
			}
			if (!text.bidi()) {
				pdf.setOption(IPDFRenderOption.PDF_BIDI_PROCESSING, Boolean.FALSE);
			}
			yield pdf;
		}
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			html.setImageHandler(new DataUriImageHandler());
			yield html;
		}
		case DOCX -> new RenderOption();
		};
		option.setOutputFormat(format.id());
		option.setOutputFileName(file.toString());
		return option;
	}
}
