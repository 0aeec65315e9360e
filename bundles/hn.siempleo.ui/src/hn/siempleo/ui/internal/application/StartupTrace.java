// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

import hn.siempleo.core.OpenModel;
import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;

/**
 * The start-up benchmark's probe ({@code ./siempleo bench}, benchmarks/process-benchmarks.sh): with
 * {@code -Dsiempleo.startup.trace=FILE}, once the main window is visible with a model open and painted, the
 * wall-clock time in milliseconds is written to FILE; with {@code -Dsiempleo.startup.exit=true} the workbench
 * then closes. Without the property nothing is installed. The bare reference product writes the same file.
 */
final class StartupTrace implements ModelSessionListener {

	/** System property naming the file the time is written to. */
	static final String TRACE_PROPERTY = "siempleo.startup.trace"; //$NON-NLS-1$

	/** System property: close the workbench once the time is written. */
	static final String EXIT_PROPERTY = "siempleo.startup.exit"; //$NON-NLS-1$

	private final ModelSession session;
	private final Shell shell;
	private final IWorkbench workbench;
	private final Path trace;
	private boolean recorded;

	private StartupTrace(ModelSession session, Shell shell, IWorkbench workbench, Path trace) {
		this.session = session;
		this.shell = shell;
		this.workbench = workbench;
		this.trace = trace;
	}

	/** Installs the probe on the main window when the trace property is set; returns whether it did. */
	static boolean installIfRequested(ModelSession session, Shell shell, IWorkbench workbench) {
		String file = System.getProperty(TRACE_PROPERTY);
		if (file == null || file.isBlank()) {
			return false;
		}
		StartupTrace probe = new StartupTrace(session, shell, workbench, Path.of(file));
		session.addListener(probe);
		if (session.current() != null) {
			probe.modelReplaced(session.current());
		}
		return true;
	}

	@Override
	public void modelReplaced(OpenModel model) {
		if (model != null && !recorded) {
			recorded = true;
			session.removeListener(this);
			// the views refresh on this event: record at the next turn of the event loop, once painted
			shell.getDisplay().asyncExec(this::record);
		}
	}

	private void record() {
		if (shell.isDisposed()) {
			return;
		}
		if (!shell.isVisible()) {
			shell.getDisplay().asyncExec(this::record);
			return;
		}
		shell.update();
		write(trace, System.currentTimeMillis());
		if (Boolean.getBoolean(EXIT_PROPERTY)) {
			shell.getDisplay().asyncExec(workbench::close);
		}
	}

	/** Writes the time, in milliseconds since the epoch, as the file's only text. */
	static void write(Path trace, long millis) {
		try (AtomicFile file = AtomicFile.create(trace.toAbsolutePath())) {
			try (var out = file.openStream()) {
				out.write(Long.toString(millis).getBytes(StandardCharsets.US_ASCII));
			}
			file.commit();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
