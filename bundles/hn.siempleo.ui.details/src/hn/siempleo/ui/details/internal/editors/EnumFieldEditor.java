// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** An enumeration as a read-only combo of its Spanish literal labels, applied when chosen. */
final class EnumFieldEditor extends AbstractFieldEditor {

	private List<Enumerator> literals;
	private Combo combo;

	EnumFieldEditor(EditTarget target) {
		super(target);
	}

	@Override
	protected Control createMainControl(Composite parent) {
		literals = ((EEnum) target.feature().getEType()).getELiterals().stream().map(EEnumLiteral::getInstance)
				.map(Enumerator.class::cast).toList();
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(fill());
		combo.setItems(literals.stream().map(target::text).toArray(String[]::new));
		combo.setVisibleItemCount(Math.min(literals.size(), 20));
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (alive() && index >= 0) {
				target.apply(literals.get(index));
			}
		});
		return combo;
	}

	@Override
	public void refresh() {
		int index = literals.indexOf(target.value());
		if (index < 0) {
			combo.deselectAll();
		} else if (combo.getSelectionIndex() != index) {
			combo.select(index);
		}
	}
}
