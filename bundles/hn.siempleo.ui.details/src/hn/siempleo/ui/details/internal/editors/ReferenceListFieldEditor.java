// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.ui.WidgetIds;

/**
 * A many-valued reference: a summary of the elements referred to and an "Editar…" button that opens a
 * checklist of the possible elements; the new list is applied as one command.
 */
final class ReferenceListFieldEditor extends AbstractFieldEditor {

	private Label summary;

	ReferenceListFieldEditor(EditTarget target) {
		super(target);
	}

	@Override
	protected Control createMainControl(Composite parent) {
		Composite cell = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		cell.setLayout(layout);
		cell.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary = new Label(cell, SWT.WRAP);
		summary.setLayoutData(fill());
		Button edit = WidgetIds.tag(new Button(cell, SWT.PUSH), idOf(".edit"));
		edit.setText(Messages.ReferenceListFieldEditor_edit);
		edit.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = NLS.bind(Messages.ReferenceListFieldEditor_editAccessible, target.displayName());
			}
		});
		edit.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
		edit.addListener(SWT.Selection, e -> openChecklist());
		return summary;
	}

	@Override
	public void refresh() {
		List<?> values = (List<?>) target.value();
		String text = values.isEmpty() ? Messages.FieldEditors_none
				: values.stream().map(target::text).collect(Collectors.joining(Messages.ReferenceListFieldEditor_separator));
		if (!summary.getText().equals(text)) {
			summary.setText(text);
		}
	}

	private void openChecklist() {
		if (!alive()) {
			return;
		}
		ReferenceChecklistDialog dialog = new ReferenceChecklistDialog(summary.getShell(), target.displayName(),
				target.choices(), (List<?>) target.value(), target::text);
		if (dialog.open() == Window.OK) {
			target.apply(dialog.result());
		}
	}
}
