// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.ui.WidgetIds;

/**
 * Asks which elements a many-valued reference holds, as a list of check boxes. Elements kept stay in their
 * order; newly checked ones follow in the order offered, so an unchanged answer equals the current list.
 */
final class ReferenceChecklistDialog extends Dialog {

	private final String propertyName;
	private final List<Object> choices;
	private final List<?> current;
	private final Function<Object, String> labels;
	private Table table;
	private List<Object> result;

	ReferenceChecklistDialog(Shell parent, String propertyName, List<Object> choices, List<?> current,
			Function<Object, String> labels) {
		super(parent);
		this.propertyName = propertyName;
		this.choices = new ArrayList<>(choices);
		current.stream().filter(c -> !this.choices.contains(c)).forEach(this.choices::add);
		this.current = List.copyOf(current);
		this.labels = labels;
	}

	/** The elements checked, valid after OK. */
	List<Object> result() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.ReferenceChecklistDialog_title, propertyName));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label message = new Label(area, SWT.WRAP);
		message.setText(NLS.bind(Messages.ReferenceChecklistDialog_message, propertyName));
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = WidgetIds.tag(new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
				"details.checklist");
		for (Object choice : choices) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(labels.apply(choice));
			item.setData(choice);
			item.setChecked(current.contains(choice));
		}
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = convertWidthInCharsToPixels(60);
		data.heightHint = convertHeightInCharsToPixels(15);
		table.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		WidgetIds.tag(getButton(IDialogConstants.OK_ID), "details.checklist.ok");
		WidgetIds.tag(getButton(IDialogConstants.CANCEL_ID), "details.checklist.cancel");
	}

	@Override
	protected void okPressed() {
		List<Object> checked = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				checked.add(item.getData());
			}
		}
		result = new ArrayList<>();
		current.stream().filter(checked::contains).forEach(result::add);
		checked.stream().filter(c -> !result.contains(c)).forEach(result::add);
		super.okPressed();
	}
}
