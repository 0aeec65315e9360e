// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Entry point of the kit: runs code on the UI thread, waits for conditions and finds shells. Meant to be
 * used from a thread other than the UI thread (the test thread).
 */
public final class UiKit {

	/** Default time a wait allows before it fails. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

	private static final long POLL_MILLIS = 20;

	private final Display display;

	/**
	 * @param display the display whose UI thread runs the widgets under test
	 */
	public UiKit(Display display) {
		this.display = display;
	}

	/** A kit on the running workbench's display; waits for the workbench to be running first. */
	public static UiKit forWorkbench() {
		long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
		while (!PlatformUI.isWorkbenchRunning()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("El workbench no arrancó en " + DEFAULT_TIMEOUT);
			}
			pause();
		}
		UiKit kit = new UiKit(PlatformUI.getWorkbench().getDisplay());
		kit.waitUntil("una ventana del workbench", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
		return kit;
	}

	/** @return the display this kit drives */
	public Display display() {
		return display;
	}

	/** Runs code on the UI thread and returns its result; exceptions are rethrown on the caller's thread. */
	public <T> T call(Supplier<T> code) {
		if (Thread.currentThread() == display.getThread()) {
			return code.get();
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(code.get());
			} catch (RuntimeException e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		if (error.get() != null) {
			throw error.get();
		}
		return result.get();
	}

	/** Runs code on the UI thread and waits for it to finish. */
	public void run(Runnable code) {
		call(() -> {
			code.run();
			return null;
		});
	}

	/**
	 * Posts code to the UI thread without waiting for it to finish (it may open a modal dialog), then waits
	 * until the UI thread has dispatched it.
	 */
	public void post(Runnable code) {
		display.asyncExec(code);
		run(() -> {
		});
	}

	/**
	 * Waits until a condition, evaluated on the UI thread, holds.
	 *
	 * @throws AssertionError naming the description when the timeout passes first
	 */
	public void waitUntil(String description, BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!call(condition::getAsBoolean)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Tiempo agotado (" + timeout.toMillis() + " ms) esperando: " + description);
			}
			pause();
		}
	}

	/** {@link #waitUntil(String, BooleanSupplier, Duration)} with the default timeout. */
	public void waitUntil(String description, BooleanSupplier condition) {
		waitUntil(description, condition, DEFAULT_TIMEOUT);
	}

	/** Waits for a visible shell with exactly this title and returns a driver for it. */
	public ShellDriver shell(String title) {
		AtomicReference<Shell> found = new AtomicReference<>();
		waitUntil("una ventana titulada «" + title + "»; abiertas: " + shellTitles(), () -> {
			findShell(title).ifPresent(found::set);
			return found.get() != null;
		});
		return new ShellDriver(this, found.get());
	}

	/** The workbench's main window. */
	public ShellDriver workbenchShell() {
		return new ShellDriver(this,
				call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null
						? PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
						: PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell()));
	}

	/** Waits until a shell is closed (disposed or hidden). */
	public void waitUntilClosed(ShellDriver shell) {
		waitUntil("que se cierre la ventana «" + shell.titleWhenFound() + "»", () -> !shell.isOpen());
	}

	/** Titles of the visible shells, for failure messages. */
	public List<String> shellTitles() {
		return call(() -> {
			List<String> titles = new ArrayList<>();
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible()) {
					titles.add(shell.getText());
				}
			}
			return titles;
		});
	}

	private Optional<Shell> findShell(String title) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrumpido mientras esperaba", e);
		}
	}
}
