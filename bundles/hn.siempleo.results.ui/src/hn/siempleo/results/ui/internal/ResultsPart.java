// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.model.Periodicity;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.text.Labels;
import hn.siempleo.results.Cell;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.model.text.Formats;
import hn.siempleo.results.RollUp;
import hn.siempleo.results.ui.ResultsUiIds;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.Debouncer;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.VerticalScroller;
import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Resultados: the indicators × periods of a year (target, actual, gap; background = semáforo; a sparkline of
 * the trend), filtered by service, axis and office (national by default); beside it, the selected indicator's
 * ficha, trend chart, entry grid of its offices × periods (keyboard-first, every value a command) and the
 * actions linked to it with their status. Follows the open model: edits and undo refresh it.
 */
public final class ResultsPart {

	/** The trend chart's height, never less, whatever the view's size: the ficha scrolls instead. */
	private static final int TREND_HEIGHT = 90;
	/** Quiet time after the last edit before the tables are recomputed, in milliseconds. */
	private Debouncer refresher;
	private final ModelSessionListener listener = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			selected = null;
			refillFilters();
			refresher.now();
		}

		@Override
		public void modelEdited(OpenModel model) {
			refresher.schedule();
		}
	};

	private Display display;
	private ModelSession session;
	private Combo year;
	private Combo service;
	private Combo axis;
	private Combo office;
	private Button all;
	private Table indicators;
	private Label title;
	private Label definition;
	private Canvas trend;
	private VerticalScroller fichaScroller;
	private OfficeEntryGrid entry;
	private Table actions;
	private Indicator selected;
	private final List<Integer> years = new ArrayList<>();
	private final List<Service> services = new ArrayList<>();
	private final List<PolicyAxis> axes = new ArrayList<>();
	private final List<Office> offices = new ArrayList<>();
	private List<Period> columns = List.of();

	@PostConstruct
	public void create(Composite parent, ModelSession session) {
		this.session = session;
		display = parent.getDisplay();
		refresher = new Debouncer(display, 250, this::refresh);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(parent);
		Composite filters = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		RowLayout wrap = new RowLayout(SWT.HORIZONTAL);
		wrap.wrap = true;
		wrap.center = true;
		wrap.spacing = 12;
		wrap.marginLeft = wrap.marginTop = wrap.marginRight = wrap.marginBottom = 0;
		filters.setLayout(wrap);
		year = combo(filters, Messages.ResultsPart_year, ResultsUiIds.YEAR, 70);
		service = combo(filters, Messages.ResultsPart_service, ResultsUiIds.SERVICE, 170);
		axis = combo(filters, Messages.ResultsPart_axis, ResultsUiIds.AXIS, 170);
		office = combo(filters, Messages.ResultsPart_office, ResultsUiIds.OFFICE, 170);
		all = WidgetIds.tag(new Button(filters, SWT.CHECK), ResultsUiIds.ALL);
		all.setText(Messages.ResultsPart_all);
		all.setToolTipText(Messages.ResultsPart_allTip);
		all.addListener(SWT.Selection, e -> refresh());

		// indicators × periods on top; below, the selected indicator: ficha and trend | offices × periods | actions
		SashForm rows = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
		indicators = WidgetIds.tag(new Table(rows, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), ResultsUiIds.INDICATORS);
		indicators.setHeaderVisible(true);
		indicators.setLinesVisible(true);
		indicators.addListener(SWT.Selection, e -> {
			TableItem[] items = indicators.getSelection();
			selected = items.length == 0 ? null : (Indicator) items[0].getData();
			showSelected();
		});
		indicators.addListener(SWT.PaintItem, e -> {
			if (e.index == indicators.getColumnCount() - 1 && e.item.getData() instanceof Indicator i) {
				TrendChart.sparkline(e.gc, ((TableItem) e.item).getBounds(e.index), TrendChart.Series.of(i, chosenOffice()));
			}
		});

		SashForm detail = new SashForm(rows, SWT.HORIZONTAL);
		// the ficha scrolls rather than squeezing its chart when the view is short (a 1366x768 laptop)
		fichaScroller = new VerticalScroller(detail);
		Composite ficha = fichaScroller.content();
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(4, 4).applyTo(ficha);
		title = WidgetIds.tag(new Label(ficha, SWT.WRAP), "results.title"); //$NON-NLS-1$
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
		definition = new Label(ficha, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(definition);
		trend = WidgetIds.tag(new Canvas(ficha, SWT.DOUBLE_BUFFERED | SWT.BORDER), ResultsUiIds.TREND);
		trend.addPaintListener(e -> {
			if (selected != null) {
				TrendChart.chart(e.gc, trend.getClientArea(), TrendChart.Series.of(selected, chosenOffice()));
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(200, TREND_HEIGHT).minSize(SWT.DEFAULT, TREND_HEIGHT)
				.applyTo(trend);
		entry = new OfficeEntryGrid(detail, session);
		Composite linked = new Composite(detail, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).spacing(4, 4).applyTo(linked);
		Label linkedTitle = WidgetIds.tag(new Label(linked, SWT.WRAP), "results.actions.title"); //$NON-NLS-1$
		linkedTitle.setText(Messages.ResultsPart_actions);
		// wraps within its pane instead of asking for the heading's whole width
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(linkedTitle);
		actions = WidgetIds.tag(new Table(linked, SWT.BORDER | SWT.FULL_SELECTION), ResultsUiIds.ACTIONS);
		actions.setHeaderVisible(true);
		for (String header : new String[] { Messages.ResultsPart_actionCode, Messages.ResultsPart_actionTitle,
				Messages.ResultsPart_actionStatus }) {
			new TableColumn(actions, SWT.LEFT).setText(header);
		}
		actions.getColumn(0).setWidth(60);
		actions.getColumn(1).setWidth(220);
		actions.getColumn(2).setWidth(90);
		actions.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && e.item.getData() instanceof Action a) {
				session.showElement(a);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(actions);
		detail.setWeights(25, 55, 20);
		rows.setWeights(50, 50);

		session.addListener(listener);
		refillFilters();
		refresh();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		if (!display.isDisposed()) {
			refresher.cancel();
		}
	}

	/** The selected indicator, or null. */
	public Indicator selected() {
		return selected;
	}

	private Combo combo(Composite parent, String label, String id, int width) {
		Composite pair = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(pair);
		new Label(pair, SWT.NONE).setText(label);
		Combo combo = WidgetIds.tag(new Combo(pair, SWT.READ_ONLY | SWT.DROP_DOWN), id);
		GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, e -> refresh());
		return combo;
	}

	private Office chosenOffice() {
		int i = office.getSelectionIndex();
		return i <= 0 ? null : offices.get(i - 1);
	}

	private void refillFilters() {
		OpenModel model = session.current();
		years.clear();
		services.clear();
		axes.clear();
		offices.clear();
		for (Combo c : new Combo[] { year, service, axis, office }) {
			c.removeAll();
		}
		if (model == null) {
			return;
		}
		Workspace w = model.workspace();
		TreeSet<Integer> found = new TreeSet<>();
		w.getIndicators().forEach(i -> IndicatorResults.periods(i).forEach(p -> found.add(p.year())));
		years.addAll(found.descendingSet());
		years.forEach(y -> year.add(Integer.toString(y)));
		service.add(Messages.ResultsPart_allServices);
		w.getServices().forEach(s -> {
			services.add(s);
			service.add(s.getName());
		});
		service.add(Messages.ResultsPart_planIndicators);
		axis.add(Messages.ResultsPart_allAxes);
		w.getAxes().forEach(a -> {
			axes.add(a);
			axis.add(a.getName());
		});
		office.add(Messages.ResultsPart_national);
		w.getOffices().forEach(o -> {
			offices.add(o);
			office.add(o.getName());
		});
		// the latest year with values for most indicators: 2024 in the shipped data set
		year.select(Math.max(0, years.indexOf(mostMeasuredYear(w))));
		service.select(0);
		axis.select(0);
		office.select(0);
	}

	private static Integer mostMeasuredYear(Workspace w) {
		java.util.Map<Integer, Long> counts = new java.util.HashMap<>();
		w.getIndicators().forEach(i -> i.getMeasurements().forEach(m -> {
			Period p = Period.parse(m.getPeriod());
			if (p != null) {
				counts.merge(p.year(), 1L, Long::sum);
			}
		}));
		return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
				.orElse(null);
	}

	private List<Indicator> shownIndicators(Workspace w) {
		int s = service.getSelectionIndex();
		int a = axis.getSelectionIndex();
		List<Indicator> out = new ArrayList<>();
		for (Indicator i : w.getIndicators()) {
			if (!all.getSelection() && !IndicatorResults.hasResults(i)) {
				continue;
			}
			Service of = IndicatorResults.service(i);
			if (s > 0 && (s == services.size() + 1 ? of != null : of != services.get(s - 1))) {
				continue;
			}
			if (a > 0 && !RollUp.axes(i).contains(axes.get(a - 1))) {
				continue;
			}
			out.add(i);
		}
		return out;
	}

	private void refresh() {
		if (indicators.isDisposed()) {
			return;
		}
		OpenModel model = session.current();
		indicators.setRedraw(false);
		try {
			indicators.removeAll();
			for (TableColumn c : indicators.getColumns()) {
				c.dispose();
			}
			if (model == null || year.getSelectionIndex() < 0) {
				selected = null;
				showSelected();
				return;
			}
			int y = years.get(year.getSelectionIndex());
			columns = new ArrayList<>(Period.of(y, Periodicity.QUARTERLY));
			columns.add(Period.of(y, Periodicity.YEARLY).get(0));
			column(Messages.ResultsPart_code, 64);
			column(Messages.ResultsPart_indicator, 190);
			column(Messages.ResultsPart_unit, 64);
			for (Period p : columns) {
				column(p.fits(Periodicity.YEARLY) ? NLS.bind(Messages.ResultsPart_yearColumn, p.label()) : p.label(), 118);
			}
			column(Messages.ResultsPart_trend, 90);
			Office o = chosenOffice();
			List<Indicator> shown = shownIndicators(model.workspace());
			if (!shown.contains(selected)) {
				selected = null;
			}
			for (Indicator i : shown) {
				TableItem item = new TableItem(indicators, SWT.NONE);
				item.setData(i);
				item.setText(0, i.getCode() == null ? "" : i.getCode()); //$NON-NLS-1$
				item.setText(1, i.getName() == null ? "" : i.getName()); //$NON-NLS-1$
				item.setText(2, i.getUnit() == null ? "" : i.getUnit()); //$NON-NLS-1$
				for (int c = 0; c < columns.size(); c++) {
					Period p = columns.get(c);
					if (!p.fits(i.getPeriodicity()) && p.split(i.getPeriodicity()).isEmpty()) {
						continue; // a quarter of a yearly indicator
					}
					Cell cell = IndicatorResults.cell(i, p, o);
					item.setText(3 + c, text(cell));
					item.setBackground(3 + c, ResultColors.background(cell.light()));
				}
				if (i == selected) {
					indicators.setSelection(item);
				}
			}
			// a period's figures are read whole: its column as wide as its widest cell (the table scrolls)
			for (int c = 0; c < columns.size(); c++) {
				fitContent(indicators.getColumn(3 + c), Integer.MAX_VALUE);
			}
		} finally {
			indicators.setRedraw(true);
		}
		showSelected();
	}

	private void column(String text, int width) {
		TableColumn c = new TableColumn(indicators, SWT.LEFT);
		c.setText(text);
		c.setWidth(width);
	}

	/**
	 * Widens a column to its widest cell or header, up to {@code widest} pixels; never narrower than it was made
	 * (the width it was given is its minimum).
	 */
	static void fitContent(TableColumn column, int widest) {
		int minimum = column.getWidth();
		column.pack();
		column.setWidth(Math.max(minimum, Math.min(widest, column.getWidth())));
	}

	/** "1,234 / 1,300 (-66)": actual / target (gap). */
	static String text(Cell cell) {
		return text(cell, true);
	}

	/** "1,234 / 1,300 (-66)", or without the gap "1,234 / 1,300" (the entry grid, whose colour shows the gap). */
	static String text(Cell cell, boolean withGap) {
		if (cell.actual() == null && cell.target() == null) {
			return ""; //$NON-NLS-1$
		}
		String actual = cell.actual() == null ? Messages.ResultsPart_none : Formats.number(cell.actual());
		String target = cell.target() == null ? Messages.ResultsPart_none : Formats.number(cell.target());
		return cell.gap() == null || !withGap ? NLS.bind(Messages.ResultsPart_cell, actual, target)
				: NLS.bind(Messages.ResultsPart_cellGap, new Object[] { actual, target, Formats.signed(cell.gap()) });
	}

	private void showSelected() {
		if (title.isDisposed()) {
			return;
		}
		actions.removeAll();
		if (selected == null) {
			title.setText(Messages.ResultsPart_pick);
			definition.setText(""); //$NON-NLS-1$
			entry.show(null, List.of());
		} else {
			Service s = IndicatorResults.service(selected);
			title.setText(NLS.bind(Messages.ResultsPart_title, selected.getCode(), selected.getName()));
			definition.setText(NLS.bind(Messages.ResultsPart_definition, new Object[] {
					s == null ? Messages.ResultsPart_planIndicators : s.getName(),
					selected.getDefinition() == null ? "" : selected.getDefinition(), //$NON-NLS-1$
					directionLabel(selected) }));
			int y = years.isEmpty() ? 0 : years.get(Math.max(0, year.getSelectionIndex()));
			entry.show(selected, y == 0 ? List.of() : Period.of(y, selected.getPeriodicity()));
			for (Action a : IndicatorResults.actions(selected)) {
				TableItem item = new TableItem(actions, SWT.NONE);
				item.setData(a);
				item.setText(new String[] { a.getCode(), a.getTitle() == null ? "" : a.getTitle(), //$NON-NLS-1$
						Labels.literal(a.getStatus()) });
			}
		}
		title.getParent().layout(true, true);
		fichaScroller.fit();
		trend.redraw();
	}

	private static String directionLabel(Indicator i) {
		return switch (i.getDirection()) {
		case HIGHER_IS_BETTER -> Messages.ResultsPart_higher;
		case LOWER_IS_BETTER -> Messages.ResultsPart_lower;
		};
	}
}
