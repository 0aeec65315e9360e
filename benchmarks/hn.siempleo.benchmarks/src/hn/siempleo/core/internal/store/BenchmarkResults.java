// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Arrays;

/** Prints benchmark lines and appends them to a results file under benchmarks/results/. */
final class BenchmarkResults {

	private final Path file;

	BenchmarkResults(String name) throws IOException {
		Path folder = Path.of(System.getProperty("siempleo.bench.results", "target/results"));
		Files.createDirectories(folder);
		file = folder.resolve(name + ".txt");
		line("# " + LocalDateTime.now().withNano(0) + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
	}

	void line(String text) throws IOException {
		System.out.println(text);
		Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/**
	 * One row of the summary table that {@code ./siempleo bench} prints at the end (benchmarks/process-benchmarks.sh
	 * reads the file named by {@code siempleo.bench.rows}): its place in the order, what, the figure now,
	 * the reference, the target and the ratio.
	 */
	static void row(int order, String what, String now, String reference, String target, String ratio) throws IOException {
		String rows = System.getProperty("siempleo.bench.rows");
		if (rows == null) {
			return;
		}
		Path file = Path.of(rows);
		Files.createDirectories(file.getParent());
		Files.writeString(file, String.join("\t", Integer.toString(order), what, now, reference, target, ratio)
				+ System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** The median of some timings in milliseconds. */
	static double median(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
