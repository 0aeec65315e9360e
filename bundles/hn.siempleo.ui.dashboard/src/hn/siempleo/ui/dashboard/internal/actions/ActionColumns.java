// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.actions;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

import hn.siempleo.model.Action;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.text.Formats;
import hn.siempleo.model.text.Labels;
import hn.siempleo.ui.LightColours;

/** The columns of the Acciones table; the semáforo cell is coloured by its state. */
final class ActionColumns {


	private ActionColumns() {
	}

	/** Adds every column to {@code viewer}; {@code today} gives the day the semáforo is computed for. */
	static void addTo(TableViewer viewer, Supplier<LocalDate> today) {
		add(viewer, Messages.ActionColumns_code, 90, SWT.LEFT, Action::getCode);
		add(viewer, Messages.ActionColumns_title, 320, SWT.LEFT, Action::getTitle);
		add(viewer, Messages.ActionColumns_axis, 70, SWT.LEFT,
				a -> a.getAxis() == null ? "" : a.getAxis().getCode());
		add(viewer, Messages.ActionColumns_priority, 70, SWT.RIGHT, a -> Integer.toString(a.getPriority()));
		add(viewer, Messages.ActionColumns_owner, 160, SWT.LEFT, Action::getResponsiblePerson);
		add(viewer, Messages.ActionColumns_due, 90, SWT.LEFT, a -> Formats.date(a.getDueDate()));
		add(viewer, Messages.ActionColumns_status, 100, SWT.LEFT, a -> Labels.literal(a.getStatus()));
		add(viewer, Messages.ActionColumns_progress, 80, SWT.RIGHT, a -> Integer.toString(a.getProgress()));
		TableViewerColumn light = column(viewer, Messages.ActionColumns_trafficLight, 100, SWT.LEFT);
		light.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Labels.literal(Actions.trafficLight((Action) element, today.get()));
			}

			@Override
			public Color getBackground(Object element) {
				return LightColours.of(Actions.trafficLight((Action) element, today.get()));
			}
		});
		add(viewer, Messages.ActionColumns_cost, 130, SWT.RIGHT, a -> Formats.money(a.getEstimatedCost()));
	}

	private static void add(TableViewer viewer, String title, int width, int alignment, Function<Action, String> text) {
		column(viewer, title, width, alignment).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Action) element);
				return value == null ? "" : value;
			}
		});
	}

	private static TableViewerColumn column(TableViewer viewer, String title, int width, int alignment) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		return column;
	}

}
