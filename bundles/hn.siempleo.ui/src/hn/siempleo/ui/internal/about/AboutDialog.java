// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import hn.siempleo.ui.WidgetIds;

/** The product's About dialog: isotipo, name, version and who it is for. */
final class AboutDialog extends Dialog {

	AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AboutDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
		Bundle bundle = FrameworkUtil.getBundle(AboutDialog.class);

		Label image = new Label(area, SWT.NONE);
		image.setImage(resources.create(ImageDescriptor.createFromURL(bundle.getEntry("branding/isotipo-128.png"))));
		image.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 4));

		Label name = WidgetIds.tag(new Label(area, SWT.NONE), "about.name");
		name.setText(productName());
		name.setFont(JFaceResources.getHeaderFont());

		Label version = WidgetIds.tag(new Label(area, SWT.NONE), "about.version");
		version.setText(NLS.bind(Messages.AboutDialog_version, displayVersion(bundle.getVersion()),
				bundle.getVersion().toString()));

		Label description = WidgetIds.tag(new Label(area, SWT.WRAP), "about.description");
		description.setText(Messages.AboutDialog_description);
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false);
		wrap.widthHint = 420;
		description.setLayoutData(wrap);

		Label credits = new Label(area, SWT.WRAP);
		credits.setText(Messages.AboutDialog_credits);
		GridData creditsData = new GridData(SWT.FILL, SWT.TOP, true, false);
		creditsData.widthHint = 420;
		credits.setLayoutData(creditsData);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.AboutDialog_close, true);
	}

	private static String productName() {
		return Platform.getProduct() != null ? Platform.getProduct().getName() : Messages.AboutDialog_defaultName;
	}

	/** The version users quote: major.minor.micro, without the build qualifier. */
	static String displayVersion(Version version) {
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
