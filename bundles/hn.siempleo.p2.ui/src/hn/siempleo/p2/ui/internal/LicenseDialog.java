// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.p2.InstalledPlugin;
import hn.siempleo.ui.WidgetIds;

/** Shows a plug-in's licence before it is installed; installing means accepting it. */
final class LicenseDialog extends Dialog {

	private final InstalledPlugin plugin;
	private final String license;

	LicenseDialog(Shell parent, InstalledPlugin plugin, String license) {
		super(parent);
		this.plugin = plugin;
		this.license = license;
	}

	/** Opens the dialog; true when the user accepted the licence. */
	boolean accepted() {
		return open() == OK;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LicenseDialog_title);
		WidgetIds.tag(shell, "plugins.license");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(NLS.bind(Messages.LicenseDialog_intro, new Object[] { plugin.name(), plugin.version(), plugin.institution() }));
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(intro);
		Text text = WidgetIds.tag(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER), "plugins.license.text");
		text.setText(license);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 200).applyTo(text);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, Messages.LicenseDialog_accept, true), "plugins.license.accept");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
