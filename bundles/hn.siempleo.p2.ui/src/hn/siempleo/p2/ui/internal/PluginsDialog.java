// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import hn.siempleo.p2.InstalledPlugin;
import hn.siempleo.p2.PluginResult;
import hn.siempleo.p2.Plugins;
import hn.siempleo.ui.TextColumns;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.FileDialogs;

/**
 * Complementos: the installed institution plug-ins (name, version, institution); install one from a p2
 * repository folder or zip (choice, licence, progress, restart prompt) or remove one. Every change takes
 * effect after a restart, which the dialog offers.
 */
public final class PluginsDialog extends Dialog {

	private final Plugins plugins;
	private final String unavailable;
	private final Restart restart;
	private TableViewer viewer;
	private Label status;
	private Button remove;

	/**
	 * @param plugins the installation, or null when it cannot be changed
	 * @param unavailable why it cannot be changed (when {@code plugins} is null)
	 */
	public PluginsDialog(Shell parent, Plugins plugins, String unavailable, Restart restart) {
		super(parent);
		this.plugins = plugins;
		this.unavailable = unavailable;
		this.restart = restart;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.PluginsDialog_title);
		WidgetIds.tag(shell, "plugins.dialog");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		status = WidgetIds.tag(new Label(area, SWT.WRAP), "plugins.status");
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(status);
		viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		WidgetIds.tag(viewer.getTable(), "plugins.table");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 180).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(viewer, InstalledPlugin.class, Messages.PluginsDialog_name, 260, InstalledPlugin::name);
		TextColumns.add(viewer, InstalledPlugin.class, Messages.PluginsDialog_version, 130, InstalledPlugin::version);
		TextColumns.add(viewer, InstalledPlugin.class, Messages.PluginsDialog_institution, 200, InstalledPlugin::institution);
		viewer.addSelectionChangedListener(e -> updateButtons());
		refresh();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.CLIENT_ID + 1, Messages.PluginsDialog_installFolder, false),
				"plugins.installFolder").setEnabled(plugins != null);
		WidgetIds.tag(createButton(parent, IDialogConstants.CLIENT_ID + 2, Messages.PluginsDialog_installZip, false),
				"plugins.installZip").setEnabled(plugins != null);
		remove = WidgetIds.tag(createButton(parent, IDialogConstants.CLIENT_ID + 3, Messages.PluginsDialog_remove, false),
				"plugins.remove");
		WidgetIds.tag(createButton(parent, IDialogConstants.CLOSE_ID, Messages.PluginsDialog_close, true), "plugins.close");
		updateButtons();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		switch (buttonId) {
			case IDialogConstants.CLIENT_ID + 1 -> chooseFolder().ifPresent(this::install);
			case IDialogConstants.CLIENT_ID + 2 -> chooseZip().ifPresent(this::install);
			case IDialogConstants.CLIENT_ID + 3 -> removeSelected();
			case IDialogConstants.CLOSE_ID -> close();
			default -> super.buttonPressed(buttonId);
		}
	}

	private void refresh() {
		if (plugins == null) {
			viewer.setInput(List.of());
			status.setText(unavailable == null ? Messages.PluginsDialog_unavailable : unavailable);
			return;
		}
		List<InstalledPlugin> installed = plugins.installed();
		viewer.setInput(installed);
		status.setText(installed.isEmpty() ? Messages.PluginsDialog_none
				: NLS.bind(Messages.PluginsDialog_count, installed.size()));
	}

	private void updateButtons() {
		if (remove != null && !remove.isDisposed()) {
			remove.setEnabled(plugins != null && !viewer.getStructuredSelection().isEmpty());
		}
	}

	private Optional<Path> chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setText(Messages.PluginsDialog_chooseFolder);
		return Optional.ofNullable(FileDialogs.open(dialog)).map(Path::of);
	}

	private Optional<Path> chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.PluginsDialog_chooseZip);
		dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
		return Optional.ofNullable(FileDialogs.open(dialog)).map(Path::of);
	}

	private void install(Path repository) {
		List<InstalledPlugin> offered = withProgress(monitor -> plugins.available(repository, monitor));
		if (offered == null) {
			return;
		}
		if (offered.isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.PluginsDialog_title,
					NLS.bind(Messages.PluginsDialog_nothingOffered, repository));
			return;
		}
		InstalledPlugin chosen = offered.size() == 1 ? offered.get(0) : choose(offered);
		if (chosen == null) {
			return;
		}
		Optional<String> license = withProgress(monitor -> plugins.license(repository, chosen.feature(), monitor));
		if (license == null || !new LicenseDialog(getShell(), chosen, license.orElse(Messages.PluginsDialog_noLicense)).accepted()) {
			return;
		}
		finish(withProgress(monitor -> plugins.install(repository, chosen.feature(), monitor)));
	}

	private InstalledPlugin choose(List<InstalledPlugin> offered) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(getShell(), new LabelProvider() {
			@Override
			public String getText(Object element) {
				InstalledPlugin plugin = (InstalledPlugin) element;
				return NLS.bind(Messages.PluginsDialog_offered, new Object[] { plugin.name(), plugin.version(), plugin.institution() });
			}
		});
		dialog.setTitle(Messages.PluginsDialog_title);
		dialog.setMessage(Messages.PluginsDialog_choose);
		dialog.setElements(offered.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == OK ? (InstalledPlugin) dialog.getFirstResult() : null;
	}

	private void removeSelected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (!(selection.getFirstElement() instanceof InstalledPlugin plugin)) {
			return;
		}
		if (MessageDialog.openConfirm(getShell(), Messages.PluginsDialog_removeTitle,
				NLS.bind(Messages.PluginsDialog_confirmRemove, plugin.name()))) {
			finish(withProgress(monitor -> plugins.uninstall(plugin.feature(), monitor)));
		}
	}

	private void finish(PluginResult result) {
		if (result == null) {
			return;
		}
		refresh();
		if (!result.done()) {
			MessageDialog.openError(getShell(), Messages.PluginsDialog_title, result.message());
			return;
		}
		if (MessageDialog.openQuestion(getShell(), Messages.PluginsDialog_restartTitle,
				result.message() + "\n\n" + Messages.PluginsDialog_restartNow)) { //$NON-NLS-1$
			close();
			restart.restart();
		}
	}

	/** Runs a p2 step with a progress dialog; null when it failed unexpectedly (the user was told). */
	private <T> T withProgress(Function<org.eclipse.core.runtime.IProgressMonitor, T> step) {
		AtomicReference<T> result = new AtomicReference<>();
		IRunnableWithProgress runnable = monitor -> result.set(step.apply(monitor));
		try {
			new ProgressMonitorDialog(getShell()).run(true, false, runnable);
			return result.get();
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			MessageDialog.openError(getShell(), Messages.PluginsDialog_title,
					NLS.bind(Messages.PluginsDialog_failed, cause.getMessage() == null ? cause.toString() : cause.getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
