// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ControlEditor;
import org.eclipse.swt.custom.TableCursor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.results.Cell;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.results.ResultCommands;
import hn.siempleo.results.ResultCommands.Provenance;
import hn.siempleo.model.text.Formats;
import hn.siempleo.results.ResultsValidation;
import hn.siempleo.results.ui.ResultsUiIds;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WidgetIds;

/**
 * The drill-down and entry grid of one indicator: the national row, then the 17 offices, × the periods of the
 * year in the indicator's periodicity; each cell actual / target on its semáforo colour. Keyboard first: the
 * arrows move, a digit or Enter opens the cell, Enter records the value (one command, undoable), Escape
 * cancels, Supr clears the measurement. A refused value stays in the cell with the reason under the grid.
 * The national row is computed from the offices and only typed for indicators the offices do not report.
 */
final class OfficeEntryGrid {

	/** Widget id of the cell cursor. */
	static final String CURSOR = "results.entry.cursor"; //$NON-NLS-1$
	/** Widget id of the cell editor. */
	static final String EDITOR = "results.entry.editor"; //$NON-NLS-1$
	/** The widest the offices' column grows to fit their names, in pixels. */
	private static final int OFFICE_WIDTH = 220;

	private final ModelSession session;
	private final Composite box;
	private final Table table;
	private final TableCursor cursor;
	private final ControlEditor editor;
	private final Label status;
	private Indicator indicator;
	private List<Period> periods = List.of();
	private final List<Office> rows = new ArrayList<>();

	OfficeEntryGrid(Composite parent, ModelSession session) {
		this.session = session;
		box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(box);
		table = WidgetIds.tag(new Table(box, SWT.BORDER | SWT.FULL_SELECTION), ResultsUiIds.OFFICES);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		status = WidgetIds.tag(new Label(box, SWT.WRAP), ResultsUiIds.STATUS);
		status.setText(Messages.OfficeEntryGrid_help);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		cursor = WidgetIds.tag(new TableCursor(table, SWT.NONE), CURSOR);
		editor = new ControlEditor(cursor);
		editor.grabHorizontal = true;
		editor.grabVertical = true;
		cursor.addListener(SWT.KeyDown, this::cursorKey);
		cursor.addListener(SWT.DefaultSelection, e -> open(null, true));
	}

	Control control() {
		return box;
	}

	/** Shows an indicator (null: nothing) over these periods. */
	void show(Indicator shown, List<Period> shownPeriods) {
		int row = table.getSelectionIndex();
		int column = cursor.getColumn();
		// a refresh (an edit elsewhere, a change pulled from the shared plan) keeps what is being typed in the same cell
		Control typing = editor.getEditor();
		String pending = null;
		boolean hadFocus = false;
		Office pendingOffice = null;
		Period pendingPeriod = null;
		if (typing instanceof Text text && !text.isDisposed() && shown != null && shown == indicator) {
			int editedRow = table.indexOf(cursor.getRow());
			if (editedRow >= 0 && editedRow < rows.size() && column >= 1 && column <= periods.size()) {
				pending = text.getText();
				hadFocus = text.isFocusControl();
				pendingOffice = rows.get(editedRow);
				pendingPeriod = periods.get(column - 1);
			}
		}
		closeEditor();
		this.indicator = shown;
		this.periods = shownPeriods;
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			rows.clear();
			if (shown == null) {
				return;
			}
			TableColumn office = new TableColumn(table, SWT.LEFT);
			office.setText(Messages.OfficeEntryGrid_office);
			office.setWidth(130);
			for (Period p : periods) {
				TableColumn c = new TableColumn(table, SWT.RIGHT);
				c.setText(p.shortLabel());
				c.setWidth(periods.size() > 4 ? 70 : 112);
			}
			rows.add(null);
			OpenModel model = session.current();
			if (model != null) {
				rows.addAll(model.workspace().getOffices());
			}
			for (Office o : rows) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(0, ResultsValidation.officeLabel(o));
				for (int c = 0; c < periods.size(); c++) {
					Cell cell = IndicatorResults.cell(shown, periods.get(c), o);
					// actual / target: the gap is the colour, and the indicator's row above; the names stay in view
					item.setText(c + 1, ResultsPart.text(cell, false));
					item.setBackground(c + 1, ResultColors.background(cell.light()));
				}
			}
			// every figure read whole, the offices' names up to OFFICE_WIDTH (the table scrolls sideways when narrow)
			for (TableColumn c : table.getColumns()) {
				ResultsPart.fitContent(c, c == office ? OFFICE_WIDTH : Integer.MAX_VALUE);
			}
		} finally {
			table.setRedraw(true);
		}
		if (row >= 0 && row < table.getItemCount()) {
			table.setSelection(row);
			cursor.setSelection(row, Math.max(1, Math.min(column, periods.size())));
		} else if (table.getItemCount() > 1) {
			table.setSelection(1);
			cursor.setSelection(1, 1);
		}
		cursor.redraw();
		if (pending != null) {
			int r = rows.indexOf(pendingOffice);
			int c = periods.indexOf(pendingPeriod) + 1;
			if (r >= 0 && c >= 1) {
				select(r, c);
				open(pending, hadFocus);
			}
		}
	}

	/** Puts the cursor on a cell (for keyboard navigation from elsewhere and tests). */
	void select(int row, int column) {
		table.setSelection(row);
		cursor.setSelection(row, column);
	}

	private void cursorKey(Event e) {
		if (indicator == null) {
			return;
		}
		if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
			clear();
		} else if (e.keyCode == SWT.F2) {
			open(null, true);
		} else if (Character.isDigit(e.character) || e.character == '-' || e.character == '.' || e.character == ',') {
			open(Character.toString(e.character), true);
		}
	}

	private boolean editable(int row, int column) {
		if (column < 1 || row < 0 || row >= rows.size()) {
			return false;
		}
		return rows.get(row) != null || IndicatorResults.offices(indicator).isEmpty();
	}

	private void open(String typed, boolean focus) {
		int row = table.indexOf(cursor.getRow());
		int column = cursor.getColumn();
		if (indicator == null || !editable(row, column)) {
			status.setText(Messages.OfficeEntryGrid_nationalComputed);
			return;
		}
		closeEditor();
		Text text = WidgetIds.tag(new Text(cursor, SWT.RIGHT), EDITOR);
		Double current = IndicatorResults.actual(indicator, periods.get(column - 1), rows.get(row));
		boolean typedHere = IndicatorResults.measurement(indicator, periods.get(column - 1), rows.get(row)) != null;
		text.setText(typed != null ? typed : typedHere && current != null ? plain(current) : ""); //$NON-NLS-1$
		text.setSelection(text.getText().length());
		text.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				e.doit = false;
				commit(text, row, column);
			} else if (e.keyCode == SWT.ESC) {
				e.doit = false;
				closeEditor();
				status.setText(Messages.OfficeEntryGrid_help);
				cursor.setFocus();
			}
		});
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN || e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
			}
		});
		editor.setEditor(text);
		if (focus) {
			text.setFocus();
		}
	}

	private void commit(Text text, int row, int column) {
		Office office = rows.get(row);
		Period period = periods.get(column - 1);
		Double value = parse(text.getText());
		String problem = value == null && !text.getText().isBlank()
				? NLS.bind(Messages.OfficeEntryGrid_notANumber, text.getText())
				: ResultsValidation.checkEntry(indicator, period.toString(), office, value);
		if (problem != null) {
			status.setText(NLS.bind(Messages.OfficeEntryGrid_refused, problem));
			status.setForeground(ResultColors.ERROR);
			text.selectAll();
			return;
		}
		OpenModel model = session.current();
		Command command = ResultCommands.setMeasurement(model.editingDomain(), indicator, period, office, value,
				new Provenance(ModelClock.today(indicator), System.getProperty("user.name"), Messages.OfficeEntryGrid_source)); //$NON-NLS-1$
		closeEditor();
		status.setForeground(null);
		if (command.canExecute()) {
			model.editingDomain().getCommandStack().execute(command);
			status.setText(NLS.bind(Messages.OfficeEntryGrid_recorded, new Object[] { Formats.number(value),
					ResultsValidation.officeLabel(office), period.label() }));
		}
		if (!table.isDisposed() && row + 1 < table.getItemCount()) {
			select(row + 1, column); // keyboard first: the next office
		}
		cursor.setFocus();
	}

	private void clear() {
		int row = table.indexOf(cursor.getRow());
		int column = cursor.getColumn();
		if (!editable(row, column)) {
			return;
		}
		OpenModel model = session.current();
		Command command = ResultCommands.clearMeasurement(model.editingDomain(), indicator, periods.get(column - 1),
				rows.get(row));
		if (command.canExecute()) {
			model.editingDomain().getCommandStack().execute(command);
		}
	}

	private void closeEditor() {
		Control old = editor.getEditor();
		if (old != null && !old.isDisposed()) {
			old.dispose();
		}
		editor.setEditor(null);
	}

	/** "1234.5", "1,234.5" or "1234,5" as a number; null if not one. */
	static Double parse(String text) {
		String t = text.strip().replace(" ", "").replace("\u00a0", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (t.isEmpty()) {
			return null;
		}
		t = t.contains(".") ? t.replace(",", "") : t.replace(',', '.'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			return Double.valueOf(t);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String plain(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
