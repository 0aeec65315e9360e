// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlans;
import hn.siempleo.ui.WidgetIds;

/**
 * Server, database, user, TLS, password (from {@code ~/.pgpass}, the secure storage, or typed here) and the plan.
 * When opening, "Listar planes" fills the plan list from the server; when publishing, the plan name is typed.
 */
final class ConnectDialog extends TitleAreaDialog {

	private static final String[] SSL_MODES = { "prefer", "require", "verify-full", "disable" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final SharedPlans plans;
	private final boolean publishing;
	private final String initialPlan;
	private Text host;
	private Text port;
	private Text database;
	private Text user;
	private Text password;
	private Button remember;
	private Combo sslMode;
	private Text rootCert;
	private Combo plan;
	private ServerAddress address;
	private String planName;
	private boolean rememberPassword;

	ConnectDialog(Shell parent, SharedPlans plans, boolean publishing, String initialPlan) {
		super(parent);
		this.plans = plans;
		this.publishing = publishing;
		this.initialPlan = initialPlan;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(publishing ? Messages.ConnectDialog_publishTitle : Messages.ConnectDialog_openTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(publishing ? Messages.ConnectDialog_publishTitle : Messages.ConnectDialog_openTitle);
		setMessage(Messages.ConnectDialog_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		ServerAddress last = Passwords.lastAddress();
		host = field(form, "connect.host", Messages.ConnectDialog_host, last == null ? "localhost" : last.host()); //$NON-NLS-1$ //$NON-NLS-2$
		port = field(form, "connect.port", Messages.ConnectDialog_port, last == null ? "5432" : String.valueOf(last.port())); //$NON-NLS-1$ //$NON-NLS-2$
		database = field(form, "connect.database", Messages.ConnectDialog_database, last == null ? "siempleo" : last.database()); //$NON-NLS-1$ //$NON-NLS-2$
		user = field(form, "connect.user", Messages.ConnectDialog_user, last == null ? System.getProperty("user.name") : last.user()); //$NON-NLS-1$ //$NON-NLS-2$
		password = WidgetIds.tag(new Text(labelled(form, Messages.ConnectDialog_password), SWT.BORDER | SWT.PASSWORD), "connect.password"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(password);
		password.setMessage(Messages.ConnectDialog_passwordHint);
		new Label(form, SWT.NONE);
		remember = WidgetIds.tag(new Button(form, SWT.CHECK), "connect.remember"); //$NON-NLS-1$
		remember.setText(Messages.ConnectDialog_remember);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(remember);
		sslMode = WidgetIds.tag(new Combo(labelled(form, Messages.ConnectDialog_ssl), SWT.READ_ONLY), "connect.sslmode"); //$NON-NLS-1$
		sslMode.setItems(SSL_MODES);
		sslMode.select(last != null && last.options().containsKey("sslmode") ? Math.max(0, java.util.Arrays.asList(SSL_MODES).indexOf(last.options().get("sslmode"))) : 0); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().span(2, 1).applyTo(sslMode);
		rootCert = field(form, "connect.rootCert", Messages.ConnectDialog_rootCert, last == null ? "" : last.options().getOrDefault("sslrootcert", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		plan = WidgetIds.tag(new Combo(labelled(form, Messages.ConnectDialog_plan), publishing ? SWT.BORDER : SWT.BORDER | SWT.DROP_DOWN), "connect.plan"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(plan);
		if (initialPlan != null) {
			plan.setText(initialPlan);
		}
		Button list = WidgetIds.tag(new Button(form, SWT.PUSH), "connect.list"); //$NON-NLS-1$
		list.setText(Messages.ConnectDialog_list);
		list.setEnabled(!publishing);
		list.addListener(SWT.Selection, e -> listPlans());
		return area;
	}

	private static Composite labelled(Composite form, String text) {
		new Label(form, SWT.NONE).setText(text);
		return form;
	}

	private static Text field(Composite form, String id, String label, String value) {
		Text text = WidgetIds.tag(new Text(labelled(form, label), SWT.BORDER), id);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private ServerAddress read() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("sslmode", sslMode.getText()); //$NON-NLS-1$
		if (!rootCert.getText().isBlank()) {
			options.put("sslrootcert", rootCert.getText().trim()); //$NON-NLS-1$
		}
		int portNumber;
		try {
			portNumber = Integer.parseInt(port.getText().trim());
		} catch (NumberFormatException e) {
			portNumber = -1;
		}
		char[] typed = password.getText().isEmpty() ? Passwords.stored(host.getText().trim(), portNumber, database.getText().trim(), user.getText().trim())
				: password.getText().toCharArray();
		return new ServerAddress(host.getText().trim(), portNumber, database.getText().trim(), user.getText().trim(), options, typed);
	}

	private void listPlans() {
		try {
			ServerAddress server = read();
			plan.removeAll();
			for (SharedPlans.PlanInfo info : plans.list(server)) {
				plan.add(info.name());
			}
			if (plan.getItemCount() > 0) {
				plan.select(0);
			}
			setErrorMessage(null);
			setMessage(plan.getItemCount() == 1 ? Messages.ConnectDialog_listedOne : NLS.bind(Messages.ConnectDialog_listed, plan.getItemCount()));
		} catch (IllegalArgumentException | ModelStoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	protected void okPressed() {
		try {
			address = read();
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		if (plan.getText().isBlank()) {
			setErrorMessage(Messages.ConnectDialog_noPlan);
			return;
		}
		planName = plan.getText().trim();
		rememberPassword = remember.getSelection() && !password.getText().isEmpty();
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, publishing ? Messages.ConnectDialog_publish : Messages.ConnectDialog_open, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The address as entered (with the password, if one was typed or stored). */
	ServerAddress address() {
		return address;
	}

	/** The plan name. */
	String planName() {
		return planName;
	}

	/** Whether the typed password should be kept in the secure storage. */
	boolean rememberPassword() {
		return rememberPassword;
	}
}
