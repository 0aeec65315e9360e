// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.diagnostic.Comparison;
import hn.siempleo.diagnostic.Comparison.DimensionChange;
import hn.siempleo.diagnostic.DiagnosticFigures;
import hn.siempleo.diagnostic.HeatMap;
import hn.siempleo.diagnostic.Score;
import hn.siempleo.diagnostic.Trend;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.diagnostic.ui.internal.ScoreColours;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.WidgetIds;

/**
 * Resumen: the key figures of the diagnostic (scores overall and by preparación/respuesta, strengths, gaps,
 * unanswered), a bar chart by dimension, the comparison with a baseline (any other diagnostic; a follow-up's own
 * baseline by default) coloured by trend, and for a national scan the office by dimension heat map.
 */
final class SummaryPage {

	private final EditorContext context;
	private final ScrolledComposite scroller;
	private final Composite body;
	private final Label overall;
	private final Label preparation;
	private final Label response;
	private final Label strengths;
	private final Label gaps;
	private final Label withoutAction;
	private final Label unanswered;
	private final Combo compareWith;
	private final Label criteriaTrend;
	private final ScoreChart chart;
	private final Table comparison;
	private final Label heatTitle;
	private final HeatMapCanvas heatMap;
	private static final int BODY_MARGIN = 8;
	/** The width of the chart and of the comparison table below it. */
	private static final int CHART_WIDTH = 450;

	private final List<Diagnostic> compareChoices = new ArrayList<>();
	private Diagnostic baseline;
	/** The chart and comparison on the left, the heat map on their right, or below them in a narrow part. */
	private final Composite charts;

	SummaryPage(Composite page, EditorContext context) {
		this.context = context;
		GridLayoutFactory.fillDefaults().applyTo(page);
		scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		scroller.setContent(body);
		GridLayoutFactory.fillDefaults().margins(BODY_MARGIN, BODY_MARGIN).spacing(8, 10).applyTo(body);

		Composite figures = new Composite(body, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.spacing = 18;
		row.wrap = true;
		figures.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(figures);
		overall = figure(figures, Messages.SummaryPage_overall, "summary.overall"); //$NON-NLS-1$
		preparation = figure(figures, Messages.SummaryPage_preparation, "summary.preparation"); //$NON-NLS-1$
		response = figure(figures, Messages.SummaryPage_response, "summary.response"); //$NON-NLS-1$
		strengths = figure(figures, Messages.SummaryPage_strengths, "summary.strengths"); //$NON-NLS-1$
		gaps = figure(figures, Messages.SummaryPage_gaps, "summary.gaps"); //$NON-NLS-1$
		withoutAction = figure(figures, Messages.SummaryPage_withoutAction, "summary.withoutAction"); //$NON-NLS-1$
		unanswered = figure(figures, Messages.SummaryPage_unanswered, "summary.unanswered"); //$NON-NLS-1$

		Composite compare = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(compare);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(compare);
		new Label(compare, SWT.NONE).setText(Messages.SummaryPage_compareWith);
		compareWith = WidgetIds.tag(new Combo(compare, SWT.READ_ONLY | SWT.DROP_DOWN), "summary.compareWith"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().hint(380, SWT.DEFAULT).applyTo(compareWith);
		compareWith.addListener(SWT.Selection, event -> {
			int index = compareWith.getSelectionIndex();
			baseline = index <= 0 ? null : compareChoices.get(index - 1);
			refresh();
		});
		// wraps beside the choice in a narrow part rather than being cut
		criteriaTrend = WidgetIds.tag(new Label(compare, SWT.WRAP), "summary.criteriaTrend"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(criteriaTrend);

		charts = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(charts);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(charts);
		Composite left = new Composite(charts, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(left);
		GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(left);
		chart = WidgetIds.tag(new ScoreChart(left), "summary.chart"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(CHART_WIDTH - 10, SWT.DEFAULT).applyTo(chart);
		comparison = WidgetIds.tag(new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "summary.comparison"); //$NON-NLS-1$
		comparison.setHeaderVisible(true);
		for (String title : new String[] { Messages.SummaryPage_dimension, Messages.SummaryPage_baseline,
				Messages.SummaryPage_current, Messages.SummaryPage_change }) {
			TableColumn column = new TableColumn(comparison, SWT.LEFT);
			column.setText(title);
			column.setWidth(title == Messages.SummaryPage_dimension ? 190 : 84);
		}
		GridDataFactory.fillDefaults().hint(CHART_WIDTH, SWT.DEFAULT).applyTo(comparison);

		Composite right = new Composite(charts, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(right);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(right);
		heatTitle = new Label(right, SWT.NONE);
		heatTitle.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().applyTo(heatTitle);
		heatMap = WidgetIds.tag(new HeatMapCanvas(right), "summary.heatmap"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().applyTo(heatMap);
		scroller.addListener(SWT.Resize, event -> updateScrolling());
	}

	/** The page's control. */
	Control control() {
		return scroller.getParent();
	}

	/** The diagnostic changed (or is the same): a new one compares with its own baseline. */
	void diagnosticChanged(boolean changed) {
		if (changed) {
			Diagnostic diagnostic = context.diagnostic();
			baseline = diagnostic != null && diagnostic.isFollowUp() ? diagnostic.getBaseline() : null;
		}
	}

	/** Shows the figures of the diagnostic as it is now. */
	void refresh() {
		Diagnostic diagnostic = context.diagnostic();
		fillCompareChoices(diagnostic);
		if (diagnostic == null) {
			for (Label label : List.of(overall, preparation, response, strengths, gaps, withoutAction, unanswered)) {
				label.setText("\u2014"); //$NON-NLS-1$
			}
			chart.setBars(List.of());
			fillComparison(null);
			showHeatMap(null);
			updateScrolling();
			return;
		}
		DiagnosticFigures figures = DiagnosticFigures.of(diagnostic, Assessments.DEFAULT_THRESHOLD);
		overall.setText(NLS.bind(Messages.SummaryPage_outOf, figures.overall().text()));
		preparation.setText(figures.preparation().text());
		response.setText(figures.response().text());
		strengths.setText(Integer.toString(figures.strengths()));
		gaps.setText(Integer.toString(figures.gaps()));
		withoutAction.setText(Integer.toString(figures.gapsWithoutAction()));
		unanswered.setText(Integer.toString(figures.unanswered()));
		Comparison compared = baseline == null ? null : Comparison.of(diagnostic, baseline);
		chart.setBars(bars(figures, compared));
		fillComparison(compared);
		showHeatMap(diagnostic.getOfficeScans().isEmpty() ? null : HeatMap.of(diagnostic));
		updateScrolling();
	}

	/** The diagnostic compared with, or null. */
	Diagnostic baseline() {
		return baseline;
	}

	private static List<ScoreChart.Bar> bars(DiagnosticFigures figures, Comparison compared) {
		List<ScoreChart.Bar> bars = new ArrayList<>();
		for (Map.Entry<Dimension, Score> entry : figures.byDimension().entrySet()) {
			Dimension dimension = entry.getKey();
			DimensionChange change = compared == null ? null : compared.dimensions().stream()
					.filter(c -> c.dimension() == dimension).findFirst().orElse(null);
			bars.add(new ScoreChart.Bar(NLS.bind(Messages.SummaryPage_dimensionLabel, dimension.getCode(),
					dimension.getName()), entry.getValue(), change == null ? null : change.baseline(),
					change == null ? null : change.trend()));
		}
		DimensionChange total = compared == null ? null : compared.overall();
		bars.add(new ScoreChart.Bar(Messages.SummaryPage_overallBar, figures.overall(),
				total == null ? null : total.baseline(), total == null ? null : total.trend()));
		return bars;
	}

	private void fillComparison(Comparison compared) {
		comparison.removeAll();
		Layouts.shown(comparison, compared != null);
		if (compared == null) {
			criteriaTrend.setText(Messages.SummaryPage_noComparison);
			return;
		}
		for (DimensionChange change : compared.dimensions()) {
			row(change, NLS.bind(Messages.SummaryPage_dimensionLabel, change.dimension().getCode(),
					change.dimension().getName()));
		}
		row(compared.overall(), Messages.SummaryPage_overallBar);
		long better = compared.criteria().stream().filter(c -> c.trend() == Trend.BETTER).count();
		long same = compared.criteria().stream().filter(c -> c.trend() == Trend.SAME).count();
		long worse = compared.criteria().stream().filter(c -> c.trend() == Trend.WORSE).count();
		criteriaTrend.setText(NLS.bind(Messages.SummaryPage_criteriaTrend, new Object[] { better, same, worse }));
	}

	private void row(DimensionChange change, String label) {
		TableItem item = new TableItem(comparison, SWT.NONE);
		item.setData(change);
		item.setText(new String[] { label, change.baseline().text(), change.current().text(), changeText(change) });
		item.setForeground(3, ScoreColours.forTrend(change.trend()));
	}

	/** "+0.50 mejor", "= igual", "−0.20 peor", "sin datos". */
	static String changeText(DimensionChange change) {
		return switch (change.trend()) {
			case BETTER -> NLS.bind(Messages.SummaryPage_better, String.format("%+.2f", change.delta())); //$NON-NLS-1$
			case WORSE -> NLS.bind(Messages.SummaryPage_worse, String.format("%+.2f", change.delta())); //$NON-NLS-1$
			case SAME -> Messages.SummaryPage_same;
			case NOT_COMPARABLE -> Messages.SummaryPage_notComparable;
		};
	}

	private void fillCompareChoices(Diagnostic diagnostic) {
		compareChoices.clear();
		if (context.model() != null) {
			Labels.allDiagnostics(context.model().workspace()).stream().filter(d -> d != diagnostic)
					.forEach(compareChoices::add);
		}
		if (!compareChoices.contains(baseline)) {
			baseline = null;
		}
		List<String> items = new ArrayList<>();
		items.add(Messages.SummaryPage_noBaseline);
		compareChoices.forEach(d -> items.add(Labels.diagnostic(d)));
		if (!items.equals(List.of(compareWith.getItems()))) {
			compareWith.setItems(items.toArray(String[]::new));
		}
		compareWith.select(baseline == null ? 0 : compareChoices.indexOf(baseline) + 1);
	}

	private void showHeatMap(HeatMap map) {
		boolean visible = map != null;
		heatTitle.setText(visible ? Messages.SummaryPage_heatMap : ""); //$NON-NLS-1$
		heatMap.setHeatMap(map);
		Layouts.shown(heatMap, visible);
		Layouts.shown(heatTitle, visible);
	}

	private void updateScrolling() {
		int width = scroller.getClientArea().width;
		arrangeCharts(width);
		body.layout(true, true);
		scroller.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}

	/**
	 * The heat map beside the chart when both fit their natural widths, else below it: in a narrow part (the
	 * centre of Planificación at 1366×768) the chart keeps its width and the page scrolls down, rather than the
	 * chart being squeezed to a sliver.
	 */
	private void arrangeCharts(int width) {
		GridLayout layout = (GridLayout) charts.getLayout();
		int sideBySide = 2 * BODY_MARGIN + CHART_WIDTH + layout.horizontalSpacing
				+ heatMap.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		int columns = width <= 0 || width >= sideBySide ? 2 : 1;
		if (layout.numColumns != columns) {
			layout.numColumns = columns;
		}
	}

	private static Label figure(Composite parent, String caption, String id) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(box);
		Label value = WidgetIds.tag(new Label(box, SWT.NONE), id);
		value.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(value);
		Label text = new Label(box, SWT.NONE);
		text.setText(caption);
		return value;
	}
}
