// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A single reference as a read-only combo: "(ninguno)" and then every element it may point to, as the
 * item provider offers them. The choices are read again on every refresh, so new elements appear.
 */
final class ReferenceFieldEditor extends AbstractFieldEditor {

	private final List<Object> choices = new ArrayList<>();
	private Combo combo;

	ReferenceFieldEditor(EditTarget target) {
		super(target);
	}

	@Override
	protected Control createMainControl(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(fill());
		combo.setVisibleItemCount(15);
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (alive() && index >= 0 && index < choices.size()) {
				target.apply(choices.get(index));
			}
		});
		return combo;
	}

	@Override
	public void refresh() {
		Object value = target.value();
		List<Object> next = new ArrayList<>();
		next.add(null);
		next.addAll(target.choices());
		if (value != null && !next.contains(value)) {
			next.add(value);
		}
		String[] items = next.stream().map(c -> c == null ? Messages.FieldEditors_none : target.text(c))
				.toArray(String[]::new);
		if (!next.equals(choices) || !Arrays.equals(items, combo.getItems())) {
			choices.clear();
			choices.addAll(next);
			combo.setItems(items);
		}
		combo.select(choices.indexOf(value));
	}
}
