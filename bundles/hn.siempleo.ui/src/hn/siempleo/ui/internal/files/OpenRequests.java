// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import hn.siempleo.core.ModelService;

/**
 * How a second start of the workbench on the same work folder hands its request to the window already open (a
 * file manager opening a model while the workbench runs, or the menu entry chosen again): it leaves a small
 * request file in a folder of the work folder and waits until the running workbench takes it; the running
 * workbench watches that folder, brings its window to the front and opens the model named. Nothing leaves the
 * computer; a request names a model file or nothing (then the window only comes to the front), and anything else
 * in the folder is deleted unread.
 */
public final class OpenRequests implements AutoCloseable {

	private static final String SUFFIX = ".solicitud"; //$NON-NLS-1$
	private static final String PART = ".parcial"; //$NON-NLS-1$
	/** A request longer than this is not a path: deleted unread. */
	private static final int MAX_BYTES = 8192;

	private final Path folder;
	private final WatchService watcher;
	private final Thread thread;
	private final Consumer<Optional<Path>> handler;
	private volatile boolean closed;

	private OpenRequests(Path folder, Consumer<Optional<Path>> handler) throws IOException {
		this.folder = folder;
		this.handler = handler;
		Files.createDirectories(folder);
		this.watcher = folder.getFileSystem().newWatchService();
		folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
		this.thread = Thread.ofPlatform().daemon().name("solicitudes de apertura").unstarted(this::run); //$NON-NLS-1$
	}

	/**
	 * Starts taking requests: {@code handler} gets each one on the watching thread (empty: only show the window),
	 * requests left before the start included.
	 */
	public static OpenRequests listen(Path folder, Consumer<Optional<Path>> handler) throws IOException {
		OpenRequests requests = new OpenRequests(folder, handler);
		requests.thread.start();
		return requests;
	}

	/**
	 * Hands a request to the workbench running on the folder: true once it was taken, false when nobody took it
	 * within {@code wait} (the request is then withdrawn).
	 *
	 * @param file the model to open, or null to only bring the window to the front
	 */
	public static boolean send(Path folder, Path file, Duration wait) {
		String name = UUID.randomUUID() + SUFFIX;
		Path request = folder.resolve(name);
		try {
			Files.createDirectories(folder);
			Path part = folder.resolve(name + PART);
			Files.writeString(part, file == null ? "" : file.toAbsolutePath().toString(), StandardCharsets.UTF_8); //$NON-NLS-1$
			Files.move(part, request, StandardCopyOption.ATOMIC_MOVE);
			long end = System.nanoTime() + wait.toNanos();
			while (System.nanoTime() < end) {
				if (!Files.exists(request)) {
					return true;
				}
				Thread.sleep(50);
			}
			return !withdraw(request);
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return !withdraw(request);
		}
	}

	/** Deletes a request nobody took; false when it was taken meanwhile. */
	private static boolean withdraw(Path request) {
		try {
			return Files.deleteIfExists(request);
		} catch (IOException e) {
			return false;
		}
	}

	@Override
	public void close() {
		closed = true;
		try {
			watcher.close();
		} catch (IOException e) {
			// the thread ends anyway
		}
	}

	/** Takes what is there, then what arrives; looks again every few seconds in case an event was lost. */
	private void run() {
		takeAll();
		while (!closed) {
			try {
				WatchKey key = watcher.poll(3, TimeUnit.SECONDS);
				if (key != null) {
					key.pollEvents();
					if (!key.reset()) {
						return;
					}
				}
				takeAll();
			} catch (InterruptedException | ClosedWatchServiceException e) {
				return;
			}
		}
	}

	/** Takes every request in the folder, oldest first; deletes anything else. */
	private void takeAll() {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (name.endsWith(PART)) {
					continue; // being written
				}
				Optional<Path> request = name.endsWith(SUFFIX) ? read(entry) : null;
				try {
					Files.deleteIfExists(entry);
				} catch (IOException e) {
					continue;
				}
				if (request != null && !closed) {
					handler.accept(request);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the next event reads the folder again
		}
	}

	/** A request's model file; empty for "only show the window"; null when it names anything else. */
	private static Optional<Path> read(Path request) {
		try {
			if (Files.size(request) > MAX_BYTES) {
				return null;
			}
			String text = Files.readString(request, StandardCharsets.UTF_8).strip();
			if (text.isEmpty()) {
				return Optional.empty();
			}
			Path file = Path.of(text);
			boolean model = file.isAbsolute()
					&& text.toLowerCase(Locale.ROOT).endsWith("." + ModelService.FILE_EXTENSION); //$NON-NLS-1$
			return model ? Optional.of(file.normalize()) : null;
		} catch (NoSuchFileException e) {
			return null;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
