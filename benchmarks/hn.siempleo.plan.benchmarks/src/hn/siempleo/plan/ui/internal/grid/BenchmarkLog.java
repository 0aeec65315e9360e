// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Arrays;

/** Prints benchmark lines and appends them to a results file under benchmarks/results/. */
final class BenchmarkLog {

	private final Path file;

	BenchmarkLog(String name) throws IOException {
		Path folder = Path.of(System.getProperty("siempleo.bench.results", "target/results"));
		Files.createDirectories(folder);
		file = folder.resolve(name + ".txt");
		line("# " + LocalDateTime.now().withNano(0) + ", " + Runtime.getRuntime().availableProcessors()
				+ " cores, load " + loadAverage() + ", Java " + System.getProperty("java.version") + ", max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
	}

	void line(String text) throws IOException {
		System.out.println(text);
		Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/** One row of the summary table of {@code ./siempleo bench} (see benchmarks/process-benchmarks.sh). */
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

	/** The median of some timings. */
	static double median(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException | RuntimeException e) {
			return "?";
		}
	}
}
