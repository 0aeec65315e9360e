// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommand;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.conflation.EventConflaterChain;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.command.ClearAllFiltersCommand;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.action.SelectCellAction;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.preserve.PreserveSelectionModel;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellLabelMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

import hn.siempleo.plan.io.ActionColumn;

/**
 * The tracker's NatTable: a virtual grid over {@link TrackerRows} with a sortable column header, a filter
 * row, row numbers, a column chooser, hideable and movable columns, editable cells and group headings that
 * open and close with a click. Only the visible cells are ever read or painted.
 */
public final class ActionGrid {

	private final TrackerRows rows;
	private final NatTable natTable;
	private final DataLayer bodyDataLayer;
	private final ListDataProvider<TrackerRow> bodyData;
	private final SelectionLayer selectionLayer;
	private final RowSelectionProvider<TrackerRow> selectionProvider;
	private final Runnable afterChange;
	private final GridWarmUp warmUp;
	/** NatTable's queue of visual changes, which it repaints on its own a moment after they come. */
	private final EventConflaterChain visualChanges = new EventConflaterChain();

	/**
	 * Builds the grid in {@code parent}; the rows are shown as they are now.
	 *
	 * @param afterChange called each time the shown rows changed (sorting, filtering, folding a group)
	 */
	public ActionGrid(Composite parent, TrackerRows rows, GridContext context, Runnable afterChange) {
		this.rows = rows;
		this.afterChange = afterChange;
		ConfigRegistry registry = new ConfigRegistry();
		bodyData = new ListDataProvider<>(rows.visible(), new RowAccessor(context));
		bodyDataLayer = new DataLayer(bodyData);
		bodyDataLayer.setConfigLabelAccumulator(new GridLabels(bodyData, context));
		for (ActionColumn column : ActionColumn.values()) {
			bodyDataLayer.setColumnWidthByPosition(column.ordinal(), width(column));
		}
		ColumnHideShowLayer hideShow = new ColumnHideShowLayer(new ColumnReorderLayer(bodyDataLayer));
		selectionLayer = new SelectionLayer(hideShow);
		selectionLayer.setSelectionModel(new PreserveSelectionModel<>(selectionLayer, bodyData, TrackerRow::rowId));
		selectionLayer.setLayerPainter(new GridSelectionPainter(selectionLayer));
		ViewportLayer viewport = new ViewportLayer(selectionLayer);

		IDataProvider headerData = new HeaderDataProvider();
		DataLayer headerDataLayer = new DefaultColumnHeaderDataLayer(headerData);
		ColumnHeaderLayer header = new ColumnHeaderLayer(headerDataLayer, viewport, selectionLayer);
		SortHeaderLayer<TrackerRow> sortHeader = new SortHeaderLayer<>(header,
				new TrackerSortModel(rows, this::rowsChanged), false);
		FilterRowHeaderComposite<TrackerRow> filterHeader = new FilterRowHeaderComposite<>(
				new TrackerFilterStrategy(rows, this::rowsChanged), sortHeader, headerData, registry);

		DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport,
				selectionLayer);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
				rowHeader, filterHeader);
		GridLayer grid = new GridLayer(viewport, filterHeader, rowHeader, corner);
		viewport.registerCommandHandler(new DisplayColumnChooserCommandHandler(selectionLayer, hideShow, header,
				headerDataLayer, null, null));

		natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, grid, visualChanges, false);
		natTable.setLayerPainter(new LoggingLayerPainter(natTable));
		natTable.setConfigRegistry(registry);
		DefaultNatTableStyleConfiguration style = new DefaultNatTableStyleConfiguration();
		// one text painter for every body cell: what it keeps of the texts serves them all
		GridTextPainter text = new GridTextPainter();
		natTable.addDisposeListener(event -> text.dispose());
		style.cellPainter = new LineBorderDecorator(new BackgroundPainter(text));
		natTable.addConfiguration(style);
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.addConfiguration(new GridStyle(text));
		natTable.addConfiguration(new GridEditing(context));
		natTable.configure();
		natTable.getUiBindingRegistry().registerFirstSingleClickBinding(
				new CellLabelMouseEventMatcher(GridRegion.BODY, MouseEventMatcher.LEFT_BUTTON, GridLabels.GROUP),
				(table, event) -> toggleGroupAt(event.y));
		// a right-click on a row not selected selects it first, so that the context menu acts on what it points at
		natTable.getUiBindingRegistry().registerMouseDownBinding(
				new MouseEventMatcher(SWT.NONE, GridRegion.BODY, MouseEventMatcher.RIGHT_BUTTON), (table, event) -> {
					int row = table.getRowIndexByPosition(table.getRowPositionByY(event.y));
					if (row >= 0 && !selectionLayer.isRowPositionSelected(row)) {
						new SelectCellAction().run(table, event);
					}
				});
		selectionProvider = new RowSelectionProvider<>(selectionLayer, bodyData, false);
		new ProblemToolTip(natTable, bodyData, context);
		// a planner's operation is over once its result is painted: the background work may go on
		natTable.addListener(SWT.Paint, event -> rows.foreground().idle());
		natTable.addDisposeListener(event -> rows.foreground().idle());
		watchUiThread();
		warmUp = new GridWarmUp(natTable);
		if (Boolean.parseBoolean(System.getProperty(GridWarmUp.ENABLED_PROPERTY, "true"))) { //$NON-NLS-1$
			natTable.addListener(SWT.Paint, new Listener() {
				@Override
				public void handleEvent(Event event) {
					natTable.removeListener(SWT.Paint, this);
					warmUp.start();
				}
			});
		}
	}

	/**
	 * Selects the title cell of a shown row and scrolls it into view, as a click would (the first shown column when
	 * the title is hidden).
	 *
	 * @param rowIndex the row's index among the shown rows
	 */
	public void show(int rowIndex) {
		int column = Math.max(0, selectionLayer.getColumnPositionByIndex(ActionColumn.TITLE.ordinal()));
		natTable.doCommand(new SelectCellCommand(selectionLayer, column, rowIndex, false, false));
	}

	/** What paints the grid offscreen at idle after its first paint (for tests). */
	GridWarmUp warmUp() {
		return warmUp;
	}

	/** The widget. */
	public NatTable natTable() {
		return natTable;
	}

	/** The layer that holds the selection (for tests). */
	SelectionLayer selectionLayer() {
		return selectionLayer;
	}

	/** The rows of the selected cells (action rows and group headings), as a structured selection. */
	public ISelectionProvider selectionProvider() {
		return selectionProvider;
	}

	/**
	 * Tells the grid that {@link TrackerRows#visible()} was refilled, and repaints it once, as soon as the UI thread is
	 * free, with its scroll bars sized for the new rows. NatTable alone would repaint after the event at its next
	 * 20 ms tick, and an immediate repaint besides that one painted every operation twice: the event's queued repaint
	 * is dropped, and done now.
	 */
	public void rowsChanged() {
		warmUp.stop();
		bodyDataLayer.fireLayerEvent(new RowStructuralRefreshEvent(bodyDataLayer));
		visualChanges.clearQueue();
		natTable.updateResize();
		afterChange.run();
	}

	/** Opens NatTable's column chooser (show, hide and order columns). */
	public void chooseColumns() {
		natTable.doCommand(new DisplayColumnChooserCommand(natTable));
	}

	/** Empties every cell of the filter row. */
	public void clearColumnFilters() {
		natTable.doCommand(new ClearAllFiltersCommand());
	}

	/** The columns as shown, left to right, without hidden ones (what an export writes). */
	public List<ActionColumn> visibleColumns() {
		List<ActionColumn> columns = new ArrayList<>();
		for (int position = 0; position < selectionLayer.getColumnCount(); position++) {
			columns.add(ActionColumn.values()[selectionLayer.getColumnIndexByPosition(position)]);
		}
		return columns;
	}

	private void toggleGroupAt(int y) {
		int position = natTable.getRowPositionByY(y);
		int index = natTable.getRowIndexByPosition(position);
		if (index >= 0 && index < bodyData.getRowCount() && bodyData.getRowObject(index) instanceof GroupRow group) {
			rows.toggle(group);
			rowsChanged();
		}
	}

	private static int width(ActionColumn column) {
		return switch (column) {
			case TITLE -> 320;
			case RESPONSIBLE, FUNDING -> 160;
			case OFFICES, COST, RESOURCE_TYPE, STATUS, TRAFFIC_LIGHT, PHASE -> 120;
			case DIMENSION -> 90;
			default -> 80;
		};
	}

	/** The column headers, in the workbench's language. */
	private static final class HeaderDataProvider implements IDataProvider {
		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return ActionColumn.values()[columnIndex].header();
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			throw new UnsupportedOperationException();
		}

		@Override
		public int getColumnCount() {
			return ActionColumn.values().length;
		}

		@Override
		public int getRowCount() {
			return 1;
		}
	}

	/**
	 * Tells the rows' foreground when the UI thread goes to sleep waiting for events and when it wakes up: the work
	 * that only prepares later operations runs while it sleeps, and leaves the cores to whatever it does awake (a
	 * click's way to a command, the end of a frame).
	 */
	private void watchUiThread() {
		Foreground foreground = rows.foreground();
		Display display = natTable.getDisplay();
		Listener sleep = event -> foreground.uiAsleep(event.type == SWT.PreExternalEventDispatch);
		display.addListener(SWT.PreExternalEventDispatch, sleep);
		display.addListener(SWT.PostExternalEventDispatch, sleep);
		foreground.watchUi();
		natTable.addDisposeListener(event -> {
			display.removeListener(SWT.PreExternalEventDispatch, sleep);
			display.removeListener(SWT.PostExternalEventDispatch, sleep);
			foreground.uiAsleep(true);
		});
	}
}
