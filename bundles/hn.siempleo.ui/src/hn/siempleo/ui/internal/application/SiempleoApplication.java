// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.ui.internal.files.ModelFiles;
import hn.siempleo.ui.internal.files.OpenRequests;

/**
 * The desktop application: takes the work folder, creates the display and runs the workbench until the user closes
 * it.
 */
public final class SiempleoApplication implements IApplication {

	/** How long a second start waits for the workbench already open to take its request. */
	private static final Duration HANDOVER = Duration.ofSeconds(15);

	/** The exit code of a start refused because another process holds the work folder and did not answer. */
	static final Integer EXIT_IN_USE = Integer.valueOf(3);

	@Override
	public Object start(IApplicationContext context) {
		Display display = PlatformUI.createDisplay();
		try {
			Object refused = lockWorkFolder();
			if (refused != null) {
				return refused;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new SiempleoWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	/**
	 * Takes the work folder (the instance area, {@code SIEMPLEO_DATA}) for this process, as the platform's own lock
	 * file does: a second window on the same folder would share the user's models and recovery copies with the
	 * first, and each would save over the other's changes. When another process of this user holds it, says so
	 * and returns this process's exit code: {@link IApplication#EXIT_OK} when the workbench already open takes the
	 * request (its window comes to the front and opens the model named on the command line), or
	 * {@link #EXIT_IN_USE} when it does not answer and a message says why nothing opened. Returns null when this
	 * process holds the folder and goes on. The lock goes with the process, even when it crashes.
	 */
	private static Object lockWorkFolder() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || !instance.isSet() || instance.isReadOnly()) {
			return null;
		}
		try {
			if (instance.lock()) {
				return null;
			}
		} catch (IOException e) {
			// a folder that cannot be locked (some network file systems): go on as before
			ILog.of(SiempleoApplication.class).log(Status.warning(e.getMessage() == null ? e.toString() : e.getMessage(), e));
			return null;
		}
		String folder = new File(instance.getURL().getFile()).getPath();
		Path requested = ModelFiles.requestedFile(Platform.getApplicationArgs());
		if (OpenRequests.send(ModelFiles.openRequestsFolder(), requested, HANDOVER)) {
			// the workbench already open shows its window and opens the model
			return IApplication.EXIT_OK;
		}
		MessageDialog.openError(null, Messages.SiempleoApplication_inUseTitle, requested == null
				? NLS.bind(Messages.SiempleoApplication_inUse, folder)
				: NLS.bind(Messages.SiempleoApplication_inUseFile, folder, requested));
		return EXIT_IN_USE;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
