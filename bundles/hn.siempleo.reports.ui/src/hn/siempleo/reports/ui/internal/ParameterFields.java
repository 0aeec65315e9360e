// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.model.Workspace;
import hn.siempleo.reports.Choice;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportParameter;
import hn.siempleo.reports.ReportService;
import hn.siempleo.reports.ui.ReportsViewIds;
import hn.siempleo.ui.WidgetIds;

/**
 * The fields of a design's parameters, built from the catalogue: a drop-down list when the parameter has
 * choices (fixed, or from the open model), a text field otherwise. UI thread only.
 */
final class ParameterFields {

	private record Field(ReportParameter parameter, Control control, List<Choice> choices) {
	}

	private final Composite parent;
	private final List<Field> fields = new ArrayList<>();

	/** @param parent a composite with a one-column grid layout; its children are replaced on {@link #show} */
	ParameterFields(Composite parent) {
		this.parent = parent;
	}

	/** Replaces the fields by those of {@code design} (none when null), with choices from {@code model}. */
	void show(ReportDesign design, ReportService reports, Workspace model) {
		for (Control child : parent.getChildren()) {
			child.dispose();
		}
		fields.clear();
		if (design == null) {
			return;
		}
		if (design.parameters().isEmpty()) {
			Label none = new Label(parent, SWT.WRAP);
			none.setText(Messages.ParameterFields_none);
			none.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		for (ReportParameter parameter : design.parameters()) {
			Label label = new Label(parent, SWT.NONE);
			label.setText(parameter.label() + ":");
			List<Choice> choices = reports.choices(parameter, model);
			Control control = choices.isEmpty() ? text(parameter) : combo(parameter, choices);
			control.setToolTipText(parameter.description());
			control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			WidgetIds.tag(control, ReportsViewIds.PARAMETER_PREFIX + parameter.name());
			fields.add(new Field(parameter, control, choices));
		}
		parent.layout(true, true);
	}

	private Control text(ReportParameter parameter) {
		Text text = new Text(parent, SWT.BORDER);
		text.setText(parameter.defaultValue());
		return text;
	}

	private Control combo(ReportParameter parameter, List<Choice> choices) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		int selected = 0;
		for (int i = 0; i < choices.size(); i++) {
			combo.add(choices.get(i).label());
			if (choices.get(i).value().equals(parameter.defaultValue())) {
				selected = i;
			}
		}
		combo.select(selected);
		return combo;
	}

	/** The values entered, by parameter name. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : fields) {
			if (field.control() instanceof Combo combo) {
				int index = combo.getSelectionIndex();
				values.put(field.parameter().name(), index < 0 ? "" : field.choices().get(index).value());
			} else {
				values.put(field.parameter().name(), ((Text) field.control()).getText().strip());
			}
		}
		return values;
	}
}
