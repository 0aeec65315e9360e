// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import hn.siempleo.benchmarks.support.BenchmarkLog;

/**
 * The tracker's row of the summary, gathered over several sessions, each a JVM of its own: {@link TrackerBenchmark}
 * (the first session, with every operation warm and on its first run) and the {@link TrackerFreshSession}s after it.
 * Each session adds its operations right after opening to {@code tracker-sessions.tsv} beside the summary's rows,
 * then the row is written again with every session so far: the median of each operation, every figure in order.
 * Nothing is written outside {@code ./siempleo bench}.
 */
final class TrackerSessions {

	/** Row of the summary table (the order). */
	private static final int ROW = 6;
	private static final String WARM = "warm";
	private static final String EARLY = "early";

	/** One session's operations right after opening, in milliseconds until painted. */
	record Sample(String firstClick, double sort, double editor, double filter) {
	}

	private TrackerSessions() {
	}

	/** Forgets the sessions of an earlier run (the first session calls it). */
	static void reset() throws IOException {
		Path file = file();
		if (file != null) {
			Files.deleteIfExists(file);
		}
	}

	/** Adds a session's operations right after opening. */
	static void add(Sample sample) throws IOException {
		append(String.join("\t", EARLY, sample.firstClick(), number(sample.sort()), number(sample.editor()),
				number(sample.filter())));
	}

	/** Adds the first session's worst warm median and worst first run, then writes the row. */
	static void writeRow(double warm, String warmName, double cold, String coldName) throws IOException {
		append(String.join("\t", WARM, number(warm), warmName, number(cold), coldName));
		writeRow();
	}

	/** Writes the row again with every session so far (none without the first session's warm figures). */
	static void writeRow() throws IOException {
		Path file = file();
		if (file == null || !Files.exists(file)) {
			return;
		}
		String[] warm = null;
		List<String[]> samples = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t", -1);
			if (fields[0].equals(WARM)) {
				warm = fields;
			} else if (fields[0].equals(EARLY)) {
				samples.add(fields);
			}
		}
		if (warm == null || samples.isEmpty()) {
			return;
		}
		double warmWorst = Double.parseDouble(warm[1]);
		double coldWorst = Double.parseDouble(warm[3]);
		double sort = median(samples, fields -> Double.parseDouble(fields[2]));
		double editor = median(samples, fields -> Double.parseDouble(fields[3]));
		double filter = median(samples, fields -> Double.parseDouble(fields[4]));
		String now = String.format(Locale.ROOT,
				"warm ≤ %.0f ms (%s); first run ≤ %.0f ms (%s); right after opening%s, median of %d sessions: sort %.0f ms"
						+ " (%s), filter's editor %.0f ms (%s), filter applied %.0f ms (%s)",
				warmWorst, warm[2], coldWorst, warm[4], samples.get(0)[1], samples.size(), sort, each(samples, 2),
				editor, each(samples, 3), filter, each(samples, 4));
		double worst = Math.max(Math.max(warmWorst, coldWorst), Math.max(sort, Math.max(editor, filter)));
		BenchmarkLog.replaceRow(ROW, "tracker on 100,000 actions: every sort, filter, search, grouping", now, "-",
				"every one ≤ 50 ms, also right after opening",
				String.format(Locale.ROOT, "worst %.2f× the target", worst / 50));
	}

	private static double median(List<String[]> samples, ToDoubleFunction<String[]> value) {
		return BenchmarkLog.median(samples.stream().mapToDouble(value).toArray());
	}

	/** One field of every session, in their order: "41, 35, 52". */
	private static String each(List<String[]> samples, int field) {
		return samples.stream().map(fields -> fields[field]).collect(Collectors.joining(", "));
	}

	private static String number(double millis) {
		return String.format(Locale.ROOT, "%.0f", millis);
	}

	private static void append(String line) throws IOException {
		Path file = file();
		if (file != null) {
			BenchmarkLog.appendLine(file, line);
		}
	}

	/** {@code tracker-sessions.tsv} beside the summary's rows; null outside {@code ./siempleo bench}. */
	private static Path file() {
		Path rows = BenchmarkLog.rowsFile();
		return rows == null ? null : rows.resolveSibling("tracker-sessions.tsv");
	}
}
