// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a core's time went while the UI thread ran an operation, from Linux's own accounting of each thread
 * ({@code /proc/self/task/N/schedstat}: nanoseconds on a core, nanoseconds runnable but waiting for one): the UI
 * thread, the JIT's compiler threads (which no Java API lists), the grid's background threads and the collector's.
 * The threads are looked up once, when made; a snapshot then reads a few small files. Elsewhere than on Linux it
 * knows no thread and says nothing.
 */
final class ThreadTimes {

	/**
	 * The threads followed, by name as Linux knows them (truncated to 15 characters; the collector's threads as one),
	 * and their accounting files.
	 */
	private final Map<String, List<Path>> threads = new LinkedHashMap<>();

	/**
	 * Looks up the threads now: the UI thread (the JVM's main thread, {@code java}), compilers, grid, the collector's
	 * workers (in its pauses) and its concurrent threads (G1's marking and refinement).
	 */
	ThreadTimes() {
		Path tasks = Path.of("/proc/self/task");
		if (!Files.isDirectory(tasks)) {
			return;
		}
		try (Stream<Path> list = Files.list(tasks)) {
			for (Path task : list.toList()) {
				String name = Files.readString(task.resolve("comm")).trim();
				if (name.equals("java") || name.startsWith("C1 ") || name.startsWith("C2 ") || name.startsWith("GC ")
						|| name.startsWith("G1 ") || name.startsWith("seguimiento") || name.startsWith("preparaci")) {
					// G1's own threads (marking, refinement, service) run beside the application: "concurrent collector"
					String shown = name.startsWith("G1 ") ? "concurrent collector"
							: name.replaceAll(" CompilerThre.*", " compiler").replaceAll("GC Thread#\\d+", "collector");
					threads.computeIfAbsent(shown, key -> new ArrayList<>()).add(task.resolve("schedstat"));
				}
			}
		} catch (IOException | RuntimeException e) {
			threads.clear();
		}
	}

	/** Each thread's nanoseconds on a core and waiting for one, now. */
	long[][] snapshot() {
		long[][] times = new long[threads.size()][2];
		int i = 0;
		for (List<Path> files : threads.values()) {
			for (Path file : files) {
				try {
					String[] fields = Files.readString(file).trim().split(" ");
					times[i][0] += Long.parseLong(fields[0]);
					times[i][1] += Long.parseLong(fields[1]);
				} catch (IOException | RuntimeException e) {
					// the thread ended: nothing more of it
				}
			}
			i++;
		}
		return times;
	}

	/** "UI thread on a core 31, waiting 12; C2 compiler 40 / 9; …" in milliseconds, between two snapshots. */
	String between(long[][] before, long[][] after) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		for (String name : threads.keySet()) {
			long run = (after[i][0] - before[i][0]) / 1_000_000;
			long wait = (after[i][1] - before[i][1]) / 1_000_000;
			if (run > 0 || wait > 0) {
				parts.add((name.equals("java") ? "UI thread" : name) + " " + run + " / " + wait);
			}
			i++;
		}
		return parts.isEmpty() ? "" : "ms on a core / waiting for one: " + String.join("; ", parts);
	}
}
