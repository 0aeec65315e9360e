// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.model.text.Formats;

/**
 * A value users cannot change (derived, identity, containment) as read-only text: it can still be focused,
 * selected and copied, and screen readers read it.
 */
final class ReadOnlyFieldEditor extends AbstractFieldEditor {

	private Text text;

	ReadOnlyFieldEditor(EditTarget target) {
		super(target);
	}

	@Override
	protected Control createMainControl(Composite parent) {
		text = new Text(parent, SWT.READ_ONLY | SWT.SINGLE);
		text.setLayoutData(fill());
		return text;
	}

	@Override
	public void refresh() {
		String shown = describe(target.value());
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
	}

	private String describe(Object value) {
		return switch (value) {
			case null -> "";
			case Boolean flag -> flag ? Messages.ReadOnlyFieldEditor_yes : Messages.ReadOnlyFieldEditor_no;
			case Collection<?> many -> many.isEmpty() ? Messages.FieldEditors_none
					: many.stream().map(target::text).collect(Collectors.joining(Messages.ReferenceListFieldEditor_separator));
			case String string -> string;
			case LocalDate date -> Formats.date(date);
			case BigDecimal amount -> Formats.money(amount);
			default -> ValueParsing.supports(value.getClass()) ? ValueParsing.format(value) : target.text(value);
		};
	}
}
