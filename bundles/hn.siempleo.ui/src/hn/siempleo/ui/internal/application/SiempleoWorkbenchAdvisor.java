// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import java.io.IOException;
import java.time.Clock;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import hn.siempleo.core.ModelService;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;
import hn.siempleo.ui.internal.files.ModelFiles;
import hn.siempleo.ui.internal.files.OpenRequests;
import hn.siempleo.ui.internal.files.RecoveryKeeper;
import hn.siempleo.ui.internal.files.StartupModel;
import hn.siempleo.ui.handlers.CommandFailures;

/**
 * Opens the Planificación perspective first, reopens the last model (the shipped data set on a first
 * start) and offers to save unsaved changes before the workbench closes; keeps a copy of unsaved changes
 * meanwhile, offered at the next start when the workbench did not close normally ({@link RecoveryKeeper}).
 */
final class SiempleoWorkbenchAdvisor extends WorkbenchAdvisor {

	private StartupModel startupModel;
	private RecoveryKeeper recovery;
	private OpenRequests openRequests;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return WorkbenchIds.PERSPECTIVE_PLANNING;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SiempleoWindowAdvisor(configurer, getWorkbenchConfigurer().getWorkbench().getService(ModelSession.class));
	}

	/** The model to open starts loading now, while the window is created (see {@link StartupModel}). */
	@Override
	public void preStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		Clock clock = workbench.getService(Clock.class);
		recovery = RecoveryKeeper.start(workbench.getService(ModelSession.class), workbench.getService(ModelService.class),
				clock == null ? Clock.systemDefaultZone() : clock, workbench.getDisplay());
		workbench.getService(IEclipseContext.class).set(RecoveryKeeper.class, recovery);
		startupModel = ModelFiles.of(PlatformUI.getWorkbench()).openAtStartup(Platform.getApplicationArgs());
	}

	/**
	 * Opens the windows as the workbench does, with the UI thread woken every {@value UiThreadTicker#PERIOD_MILLIS}
	 * ms meanwhile: the workbench's wait for its start-up thread can miss that thread's wake on GTK and then
	 * showed the window ~16 s late (see {@link UiThreadTicker}).
	 */
	@Override
	public boolean openWindows() {
		UiThreadTicker ticker = UiThreadTicker.start(PlatformUI.getWorkbench().getDisplay());
		try {
			return super.openWindows();
		} finally {
			ticker.close();
		}
	}

	@Override
	public void postStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getService(ICommandService.class).addExecutionListener(CommandFailures.listener());
		StartupModel model = startupModel;
		workbench.getDisplay().asyncExec(model::show);
		listenToOtherStarts(workbench, model);
	}

	/**
	 * Takes the requests of later starts on the same work folder (a model opened from the file manager while the
	 * workbench runs): each is handled once the model opened at start is shown, so that one does not replace it.
	 */
	private void listenToOtherStarts(IWorkbench workbench, StartupModel model) {
		Display display = workbench.getDisplay();
		try {
			openRequests = OpenRequests.listen(ModelFiles.openRequestsFolder(), request -> {
				if (!display.isDisposed()) {
					display.asyncExec(new Runnable() {
						@Override
						public void run() {
							if (!model.isShown()) {
								display.timerExec(200, this);
							} else if (!workbench.isClosing()) {
								ModelFiles.of(workbench).openRequested(request);
							}
						}
					});
				}
			});
		} catch (IOException | RuntimeException e) {
			// a later start then says the workbench is already open, as without this
			ILog.of(SiempleoWorkbenchAdvisor.class).log(Status.warning(e.getMessage() == null ? e.toString() : e.getMessage(), e));
		}
	}

	@Override
	public boolean preShutdown() {
		return ModelFiles.of(PlatformUI.getWorkbench()).promptToSaveChanges();
	}

	/** A normal close: the user was asked about the unsaved changes, so their copy goes. */
	@Override
	public void postShutdown() {
		if (openRequests != null) {
			openRequests.close();
		}
		if (recovery != null) {
			recovery.stop();
		}
	}
}
