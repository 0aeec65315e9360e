// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * What every benchmark writes: its lines, printed and appended to {@code <name>.txt} in the folder named by
 * {@code siempleo.bench.results} (benchmarks/results/ under {@code ./siempleo bench}), and its rows of the summary
 * table that benchmarks/process-benchmarks.sh prints at the end (the file named by {@code siempleo.bench.rows}).
 */
public final class BenchmarkLog {

	private final Path file;

	/** Opens (appending) the results file {@code name.txt} and writes a header: date, cores, load, Java, heap. */
	public BenchmarkLog(String name) throws IOException {
		Path folder = Path.of(System.getProperty("siempleo.bench.results", "target/results"));
		Files.createDirectories(folder);
		file = folder.resolve(name + ".txt");
		line("# " + LocalDateTime.now().withNano(0) + ", " + Runtime.getRuntime().availableProcessors()
				+ " cores, load " + loadAverage() + ", Java " + System.getProperty("java.version") + ", max heap "
				+ Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
	}

	/** Prints a line and appends it to the results file. */
	public void line(String text) throws IOException {
		System.out.println(text);
		Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/**
	 * One row of the summary table: its place in the order, what, the figure now, the reference, the target
	 * and the ratio. Nothing is written outside {@code ./siempleo bench} (no {@code siempleo.bench.rows}).
	 */
	public static void row(int order, String what, String now, String reference, String target, String ratio)
			throws IOException {
		Path path = rowsFile();
		if (path == null) {
			return;
		}
		appendLine(path, String.join("\t", Integer.toString(order), what, now, reference, target, ratio));
	}

	/** Appends a line to a file, making the file and its folder when missing. */
	public static void appendLine(Path file, String line) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
	}

	/**
	 * As {@link #row}, in place of the row of the same order written before (a row gathered over several runtimes,
	 * written again by each).
	 */
	public static void replaceRow(int order, String what, String now, String reference, String target, String ratio)
			throws IOException {
		Path path = rowsFile();
		if (path != null && Files.exists(path)) {
			String prefix = order + "\t";
			List<String> kept = Files.readAllLines(path, StandardCharsets.UTF_8).stream()
					.filter(line -> !line.startsWith(prefix)).toList();
			Files.write(path, kept, StandardCharsets.UTF_8);
		}
		row(order, what, now, reference, target, ratio);
	}

	/** The file of the summary's rows ({@code siempleo.bench.rows}); null outside {@code ./siempleo bench}. */
	public static Path rowsFile() {
		String rows = System.getProperty("siempleo.bench.rows");
		return rows == null ? null : Path.of(rows);
	}

	/** The median of some timings (the upper one of an even count). */
	public static double median(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** The one-minute load average, or "?" where the system does not tell. */
	public static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		} catch (IOException | RuntimeException e) {
			return "?";
		}
	}
}
