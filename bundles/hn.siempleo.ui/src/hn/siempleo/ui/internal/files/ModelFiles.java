// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.files.FileNames;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.extensions.MissingExtension;
import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.core.recovery.RecoveryCopies;
import hn.siempleo.model.text.Formats;
import hn.siempleo.ui.StartupPreparation;
import hn.siempleo.ui.handlers.Shells;
import hn.siempleo.ui.internal.session.ModelSessionWriter;
import hn.siempleo.ui.FileDialogs;

/**
 * Open, new, save, save as and revert as the user experiences them: save prompts, file dialogs, progress
 * and Spanish error dialogs. Loading runs as a job; saving shows a progress dialog while a worker thread
 * writes, so the window never freezes and nobody edits the model while it is written.
 */
public final class ModelFiles {

	/** Name of the folder, inside the instance area, that holds the user's copy of the shipped data set. */
	static final String MODELS_FOLDER = "modelos"; //$NON-NLS-1$

	private final IWorkbench workbench;
	private final ModelService service;
	private final ModelSessionWriter session;
	private final RecentFiles recent = new RecentFiles();

	private ModelFiles(IWorkbench workbench) {
		this.workbench = workbench;
		this.service = workbench.getService(ModelService.class);
		this.session = workbench.getService(ModelSessionWriter.class);
	}

	/** The file operations of the running workbench. */
	public static ModelFiles of(IWorkbench workbench) {
		return new ModelFiles(workbench);
	}

	/** The session whose model these operations replace and save. */
	public ModelSessionWriter session() {
		return session;
	}

	/**
	 * At start: the file named on the command line (a file manager's "open with", {@code siempleo.sh plan.siempleo}),
	 * else the last file opened, else the user's copy of the shipped data set. The file is read in a job started
	 * now; call it before the window is created, so that reading overlaps with the workbench's creation, and
	 * {@link StartupModel#show()} the result once the workbench has started.
	 */
	public StartupModel openAtStartup(String[] applicationArgs) {
		return StartupModel.start(this, applicationArgs);
	}

	/** The file to open at start (see {@link #openAtStartup}); installs the shipped data set when it is that. */
	Path startupFile(String[] applicationArgs) throws ModelStoreException {
		Path requested = requestedFile(applicationArgs);
		if (requested != null) {
			return requested;
		}
		Path last = recent.lastExisting();
		if (last != null) {
			return last;
		}
		return Path.of(service.installShippedDataSet(modelsFolder()).toFileString());
	}

	/** Reads a model (any thread). */
	OpenModel read(Path file, org.eclipse.core.runtime.IProgressMonitor monitor) throws ModelStoreException {
		return service.open(URI.createFileURI(file.toAbsolutePath().toString()), monitor);
	}

	/**
	 * Lets every {@link StartupPreparation} service prepare its first paint of a model read at start, before it is
	 * shown (the reading job's thread); a failing one is logged and skipped.
	 */
	static void prepare(OpenModel model) {
		Bundle bundle = FrameworkUtil.getBundle(ModelFiles.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return;
		}
		try {
			for (ServiceReference<StartupPreparation> reference : context.getServiceReferences(StartupPreparation.class, null)) {
				StartupPreparation preparation = context.getService(reference);
				if (preparation == null) {
					continue;
				}
				try {
					preparation.prepare(model);
				} catch (RuntimeException e) {
					ILog.of(ModelFiles.class).log(Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e));
				} finally {
					context.ungetService(reference);
				}
			}
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Makes a model just read the workbench's (UI thread). */
	void show(Path file, OpenModel model) {
		session.replace(model);
		recent.add(file);
		warnMissingExtensions(model);
	}

	/**
	 * At start, before the model read is shown: offers the newest copy of unsaved changes that an earlier session
	 * left (it crashed, was killed, or the computer went off) and returns the model recovered from it, or null when
	 * there is none, the user discards it, or it cannot be read (said in a dialog; the copy is then kept). Closing
	 * the question recovers: nothing is deleted unless the user says so. UI thread.
	 */
	OpenModel offerRecovery() {
		RecoveryKeeper keeper = keeper();
		if (keeper == null) {
			return null;
		}
		List<RecoveryCopies.Pending> pending = keeper.copies().pending();
		if (pending.isEmpty()) {
			return null;
		}
		RecoveryCopies.Pending newest = pending.get(0);
		Path file = Path.of(newest.location().toFileString());
		MessageDialog dialog = new MessageDialog(shell(), Messages.ModelFiles_recoverTitle, null,
				NLS.bind(Messages.ModelFiles_recoverQuestion, newest.fileName(), file.getParent(), dateAtTime(newest.written())),
				MessageDialog.WARNING, 0, Messages.ModelFiles_recover, Messages.ModelFiles_recoverDiscard);
		if (dialog.open() == 1) {
			keeper.copies().discard(newest.location());
			return null;
		}
		OpenModel[] recovered = new OpenModel[1];
		try {
			new ProgressMonitorDialog(shell()).run(true, false, monitor -> {
				monitor.beginTask(NLS.bind(Messages.ModelFiles_recovering, newest.fileName()), IProgressMonitor.UNKNOWN);
				try {
					recovered[0] = keeper.copies().recover(newest, monitor);
				} catch (ModelStoreException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell(), Messages.ModelFiles_recoverTitle, NLS.bind(Messages.ModelFiles_recoverFailed,
					new Object[] { newest.fileName(), e.getCause().getMessage(), keeper.copies().folder() }));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		return recovered[0];
	}

	/** Shows a model recovered at start ({@link #offerRecovery}); its copy is kept until it is saved (UI thread). */
	void showRecovered(OpenModel model) {
		show(Path.of(model.location().toFileString()), model);
		RecoveryKeeper keeper = keeper();
		if (keeper != null) {
			keeper.adopt(model);
		}
	}

	/** Lets go of a model read but not shown. */
	void drop(OpenModel model) {
		service.close(model);
	}

	/**
	 * The folder through which a second start on the same work folder hands its request to the running workbench
	 * ({@link OpenRequests}).
	 */
	public static Path openRequestsFolder() {
		return stateFolder("abrir"); //$NON-NLS-1$
	}

	/**
	 * A request from a second start (UI thread): the window comes to the front and, when a model is named, it is
	 * opened as Archivo > Abrir would (offering to save the open model's changes first).
	 */
	public void openRequested(java.util.Optional<Path> file) {
		Shell window = workbench.getWorkbenchWindowCount() == 0 ? null : workbench.getWorkbenchWindows()[0].getShell();
		if (window != null && !window.isDisposed()) {
			window.setMinimized(false);
			window.forceActive();
		}
		file.ifPresent(this::open);
	}

	/** The keeper of copies of unsaved changes, once the workbench has one. */
	private RecoveryKeeper keeper() {
		return workbench.getService(RecoveryKeeper.class);
	}

	/** Says that a model could not be opened (UI thread). */
	void showOpenFailure(String message) {
		MessageDialog.openError(shell(), Messages.ModelFiles_openFailedTitle, message);
	}

	/** The workbench these operations belong to. */
	IWorkbench workbench() {
		return workbench;
	}

	/**
	 * The model file named among the application's arguments: the last one that does not start with a dash and
	 * ends with {@code .siempleo}, relative to the folder the product was started from; null when none.
	 */
	public static Path requestedFile(String[] applicationArgs) {
		Path requested = null;
		for (String arg : applicationArgs == null ? new String[0] : applicationArgs) {
			if (!arg.startsWith("-") && arg.toLowerCase(java.util.Locale.ROOT).endsWith("." + ModelService.FILE_EXTENSION)) { //$NON-NLS-1$ //$NON-NLS-2$
				requested = Path.of(arg).toAbsolutePath().normalize();
			}
		}
		return requested;
	}

	/** Asks for a file and opens it. */
	public void chooseAndOpen() {
		if (!promptToSaveChanges()) {
			return;
		}
		FileDialog dialog = new FileDialog(shell(), SWT.OPEN);
		dialog.setText(Messages.ModelFiles_openTitle);
		dialog.setFilterExtensions(new String[] { "*." + ModelService.FILE_EXTENSION, "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.ModelFiles_filterModels, Messages.ModelFiles_filterAll });
		String chosen = FileDialogs.open(dialog);
		if (chosen != null) {
			openWithoutPrompt(Path.of(chosen));
		}
	}

	/** Opens a file after offering to save the current changes. */
	public void open(Path file) {
		if (promptToSaveChanges()) {
			openWithoutPrompt(file);
		}
	}

	private void openWithoutPrompt(Path file) {
		Display display = workbench.getDisplay();
		Job job = Job.create(NLS.bind(Messages.ModelFiles_opening, file.getFileName()), monitor -> {
			try {
				OpenModel model = read(file, monitor);
				display.asyncExec(() -> show(file, model));
			} catch (ModelStoreException e) {
				display.asyncExec(() -> showOpenFailure(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** Says which plug-ins the opened file needs but are not installed (their data is kept on save). */
	private void warnMissingExtensions(OpenModel model) {
		List<MissingExtension> missing = ModelExtensions.missing(model.resource());
		if (!missing.isEmpty()) {
			MessageDialog.openWarning(shell(), Messages.ModelFiles_missingExtensionsTitle, String.join("\n\n", //$NON-NLS-1$
					missing.stream().map(MissingExtension::getMessage).toList()));
		}
	}

	/** Asks for a new file name, creates an empty model there and saves it. */
	public void createNew() {
		if (!promptToSaveChanges()) {
			return;
		}
		Path file = askForTarget(Messages.ModelFiles_newTitle, Messages.ModelFiles_newFileName);
		if (file == null) {
			return;
		}
		OpenModel model = service.create(URI.createFileURI(file.toString()), Messages.ModelFiles_newModelName);
		if (write(model, null)) {
			session.replace(model);
			recent.add(file);
		}
	}

	/**
	 * Saves the open model where it came from; false when it could not be saved. When another program or person
	 * saved that file after it was read here, asks first: save as another file (the default), overwrite, or cancel.
	 */
	public boolean save() {
		OpenModel model = session.current();
		if (model == null) {
			return true;
		}
		if (service.changedSinceRead(model)) {
			MessageDialog dialog = new MessageDialog(shell(), Messages.ModelFiles_changedOnDiskTitle, null,
					NLS.bind(Messages.ModelFiles_changedOnDisk, model.displayName(), modifiedAt(model)),
					MessageDialog.WARNING, 0, Messages.ModelFiles_changedSaveAs, Messages.ModelFiles_changedOverwrite,
					Messages.ModelFiles_cancel);
			return switch (dialog.open()) {
				case 0 -> saveAs();
				case 1 -> write(model, null);
				default -> false;
			};
		}
		return write(model, null);
	}

	/** Asks for a file and saves the open model there; false when cancelled or not saved. */
	public boolean saveAs() {
		OpenModel model = session.current();
		if (model == null) {
			return true;
		}
		Path file = askForTarget(Messages.ModelFiles_saveAsTitle, model.displayName());
		return file != null && saveAs(file);
	}

	/** Saves the open model to a given file, which becomes its location; false when it could not be saved. */
	public boolean saveAs(Path file) {
		OpenModel model = session.current();
		if (model != null && write(model, URI.createFileURI(file.toAbsolutePath().toString()))) {
			recent.add(file);
			return true;
		}
		return false;
	}

	/** When the model's file was last changed, for messages; "?" when it cannot be read. */
	private static String modifiedAt(OpenModel model) {
		try {
			return dateAtTime(Files.getLastModifiedTime(Path.of(model.location().toFileString())).toInstant());
		} catch (IOException | RuntimeException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	/** A moment as messages give it, e.g. "06/12/2026 a las 04:56", in this computer's time zone. */
	private static String dateAtTime(Instant instant) {
		ZonedDateTime local = instant.atZone(ZoneId.systemDefault());
		return NLS.bind(Messages.ModelFiles_dateAtTime, Formats.DATE.format(local), Formats.TIME.format(local));
	}

	/** A folder of the UI bundle's state in the work folder (created by the platform when missing). */
	static Path stateFolder(String name) {
		return Platform.getStateLocation(FrameworkUtil.getBundle(ModelFiles.class)).toPath().resolve(name);
	}

	/** Discards the unsaved changes after asking. */
	public void revert() {
		OpenModel model = session.current();
		if (model == null || !model.isDirty() || !MessageDialog.openConfirm(shell(), Messages.ModelFiles_revertTitle,
				NLS.bind(Messages.ModelFiles_revertQuestion, model.displayName()))) {
			return;
		}
		try {
			service.revert(model, null);
			session.replace(model);
		} catch (ModelStoreException e) {
			MessageDialog.openError(shell(), Messages.ModelFiles_openFailedTitle, e.getMessage());
		}
	}

	/**
	 * When the open model has unsaved changes, asks whether to save them. Returns false when the user
	 * cancels or the save fails, so the caller does not go on.
	 */
	public boolean promptToSaveChanges() {
		OpenModel model = session.current();
		if (model == null || !model.isDirty()) {
			return true;
		}
		MessageDialog dialog = new MessageDialog(shell(), Messages.ModelFiles_saveChangesTitle, null,
				NLS.bind(Messages.ModelFiles_saveChangesQuestion, model.displayName()), MessageDialog.QUESTION, 0,
				Messages.ModelFiles_save, Messages.ModelFiles_dontSave, Messages.ModelFiles_cancel);
		return switch (dialog.open()) {
			case 0 -> save();
			case 1 -> true;
			default -> false;
		};
	}

	private boolean write(OpenModel model, URI newLocation) {
		try {
			new ProgressMonitorDialog(shell()).run(true, false, monitor -> {
				try {
					if (newLocation == null) {
						service.save(model, monitor);
					} else {
						service.saveAs(model, newLocation, monitor);
					}
				} catch (ModelStoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			session.savedOrMoved();
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell(), Messages.ModelFiles_saveFailedTitle, e.getCause().getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private Path askForTarget(String title, String suggestedName) {
		FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
		dialog.setText(title);
		dialog.setFileName(suggestedName);
		dialog.setFilterExtensions(new String[] { "*." + ModelService.FILE_EXTENSION }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.ModelFiles_filterModels });
		dialog.setOverwrite(true);
		String chosen = FileDialogs.open(dialog);
		if (chosen == null) {
			return null;
		}
		return Path.of(FileNames.withExtension(chosen, ModelService.FILE_EXTENSION)).toAbsolutePath();
	}

	private Path modelsFolder() {
		if (Platform.getInstanceLocation() == null || Platform.getInstanceLocation().getURL() == null) {
			return Path.of(System.getProperty("user.home"), ".siempleo", MODELS_FOLDER); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new File(Platform.getInstanceLocation().getURL().getFile()).toPath().resolve(MODELS_FOLDER);
	}

	/** The shell dialogs belong to: a live one (see {@link Shells#parent()}). */
	private Shell shell() {
		return Shells.parent();
	}

}
