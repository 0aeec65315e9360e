// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;

import hn.siempleo.ui.WidgetIds;

/**
 * A date as a drop-down date field plus a "sin fecha" check box (the field cannot show an empty date).
 * Each change of the date is applied at once; checking "sin fecha" clears the date.
 */
final class DateFieldEditor extends AbstractFieldEditor {

	private DateTime date;
	private Button none;

	DateFieldEditor(EditTarget target) {
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
		date = new DateTime(cell, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.horizontalIndent = FieldProblem.indent();
		date.setLayoutData(data);
		date.addListener(SWT.Selection, e -> commitDate());
		date.addListener(SWT.DefaultSelection, e -> commitDate());
		none = WidgetIds.tag(new Button(cell, SWT.CHECK), idOf(".none"));
		none.setText(Messages.DateFieldEditor_noDate);
		none.addListener(SWT.Selection, e -> {
			if (alive()) {
				target.apply(none.getSelection() ? null : shownDate());
				refresh();
			}
		});
		return date;
	}

	@Override
	public void refresh() {
		LocalDate value = (LocalDate) target.value();
		none.setSelection(value == null);
		date.setEnabled(value != null);
		if (value != null && !value.equals(shownDate())) {
			date.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
		}
	}

	private void commitDate() {
		if (alive() && !none.getSelection()) {
			target.apply(shownDate());
		}
	}

	private LocalDate shownDate() {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}
}
