// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportRunnable;

/**
 * Compiled designs, kept between renders: opening a design parses its XML and each run compiles its scripts
 * into the runnable, so a design is opened once and its runnable reused. A runnable serves one task at a time:
 * {@link #take} lends one (a new one when all are lent), {@link #give} takes it back once its task is closed.
 * Thread-safe.
 */
final class DesignCache {

	private final Map<String, Deque<IReportRunnable>> idle = new HashMap<>();
	private final Map<String, Slicing> slicings = new HashMap<>();
	private int opened;

	/** What a design reads of the report data, from its queries, and what its texts hold (see {@link FontCoverage}). */
	private record Slicing(Map<String, Optional<Set<String>>> files, SliceColumns columns, FontCoverage.Design text) {
	}

	/** A compiled design for {@code url}, for the caller alone until {@link #give}n back. */
	IReportRunnable take(IReportEngine engine, URL url) throws IOException, BirtException {
		synchronized (this) {
			Deque<IReportRunnable> free = idle.get(url.toExternalForm());
			if (free != null && !free.isEmpty()) {
				return free.pop();
			}
			opened++;
		}
		try (InputStream in = url.openStream()) {
			return engine.openReportDesign(url.toExternalForm(), in);
		}
	}

	/** Takes back a runnable whose task has been closed. */
	synchronized void give(URL url, IReportRunnable runnable) {
		idle.computeIfAbsent(url.toExternalForm(), key -> new ArrayDeque<>()).push(runnable);
	}

	/** Opens the design unless a compiled one is waiting already. */
	void compile(IReportEngine engine, URL url) throws IOException, BirtException {
		synchronized (this) {
			Deque<IReportRunnable> free = idle.get(url.toExternalForm());
			if (free != null && !free.isEmpty()) {
				return;
			}
		}
		give(url, take(engine, url));
	}

	/**
	 * The design's data-file parameters, each with the report-data sections its data sets read (see
	 * {@link DataFiles}, {@link DataSlices#sections}); read once per design.
	 */
	Map<String, Optional<Set<String>>> files(URL url) throws IOException {
		return slicing(url).files();
	}

	/** The attributes the design's queries read from each row kind (see {@link SliceColumns}). */
	SliceColumns columns(URL url) throws IOException {
		return slicing(url).columns();
	}

	/** The design's characters, font families and text sources, for {@link FontCoverage#decide}; read once per design. */
	FontCoverage.Design text(URL url) throws IOException {
		return slicing(url).text();
	}

	private Slicing slicing(URL url) throws IOException {
		synchronized (this) {
			Slicing known = slicings.get(url.toExternalForm());
			if (known != null) {
				return known;
			}
		}
		String xml;
		try (InputStream in = url.openStream()) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Slicing read = new Slicing(DataFiles.of(xml), SliceColumns.of(xml), FontCoverage.design(xml));
		synchronized (this) {
			slicings.put(url.toExternalForm(), read);
		}
		return read;
	}

	/** How many times a design was opened (parsed) so far. */
	synchronized int opened() {
		return opened;
	}

	/** Forgets every compiled design (the engine they belong to is going away). */
	synchronized void clear() {
		idle.clear();
		slicings.clear();
	}
}
