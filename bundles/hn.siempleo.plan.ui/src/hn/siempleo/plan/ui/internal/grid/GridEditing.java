// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.config.RenderErrorHandling;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowTextCellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.SWT;

import hn.siempleo.plan.io.ActionColumn;

/**
 * In-place editing: which cells are editable, their editors (text, or a list for axes, dimensions, terms,
 * statuses and priorities), converters and validators; a refused value is shown in red with its reason and
 * the editor stays open. The filter row filters while typing.
 */
final class GridEditing extends AbstractRegistryConfiguration {

	private final GridContext context;

	GridEditing(GridContext context) {
		this.context = context;
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
				DisplayMode.EDIT, GridLabels.EDITABLE);
		registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new FilterRowTextCellEditor(),
				DisplayMode.NORMAL, GridRegion.FILTER_ROW);
		for (ActionColumn column : ActionColumn.values()) {
			String label = GridLabels.COLUMN + column.name();
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER,
					ColumnConverters.of(column, c -> ColumnChoices.of(context, c)), DisplayMode.NORMAL, label);
			if (!GridLabels.editable(column)) {
				continue;
			}
			boolean list = column.kind() == ActionColumn.Kind.CHOICE || column == ActionColumn.PRIORITY;
			RenderErrorHandling errors;
			if (list) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR,
						new ComboBoxCellEditor(new ColumnChoices(context, column), 12), DisplayMode.EDIT, label);
				errors = new RenderErrorHandling();
			} else {
				TextCellEditor editor = new TextCellEditor(true, true);
				editor.setErrorDecorationEnabled(true);
				editor.setDecorationPositionOverride(SWT.LEFT | SWT.TOP);
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, editor, DisplayMode.EDIT, label);
				errors = new RenderErrorHandling(editor.getDecorationProvider());
			}
			registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new ColumnValidator(column),
					DisplayMode.EDIT, label);
			registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, errors, DisplayMode.EDIT,
					label);
			registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, errors, DisplayMode.EDIT,
					label);
		}
	}
}
