// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.ImagePainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.CellPainterDecorator;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;

import hn.siempleo.model.TrafficLight;
import hn.siempleo.ui.LightColours;

/**
 * How body cells look: the semáforo in its colour (green on track, amber at risk, red overdue, blue done,
 * grey not started), cells breaking a rule tinted with a warning or error sign, group headings in bold,
 * numbers to the right, the text of actions the user may not change in grey. Body cells and row numbers have their
 * texts painted by the grid's text painter.
 */
final class GridStyle extends AbstractRegistryConfiguration {

	private static final Color WARNING_TINT = new Color(255, 243, 205);
	private static final Color ERROR_TINT = new Color(255, 215, 215);
	private static final Color GROUP_TINT = new Color(232, 236, 242);
	private static final Color READ_ONLY_TEXT = new Color(128, 128, 128);

	private final GridTextPainter text;

	/** The style, with the painter of the grid's texts. */
	GridStyle(GridTextPainter text) {
		this.text = text;
	}

	@Override
	public void configureRegistry(IConfigRegistry registry) {
		for (TrafficLight light : TrafficLight.VALUES) {
			background(registry, GridLabels.LIGHT + light.name(), LightColours.of(light));
		}
		background(registry, GridLabels.PROBLEM_WARNING, WARNING_TINT);
		background(registry, GridLabels.PROBLEM_ERROR, ERROR_TINT);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, marked(FieldDecorationRegistry.DEC_WARNING),
				DisplayMode.NORMAL, GridLabels.PROBLEM_WARNING);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, marked(FieldDecorationRegistry.DEC_ERROR),
				DisplayMode.NORMAL, GridLabels.PROBLEM_ERROR);
		Style group = new Style();
		group.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GROUP_TINT);
		group.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL, GridLabels.GROUP);
		// the row numbers as NatTable's own row header paints them (the background, then the text), with the texts kept
		registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new BackgroundPainter(text), DisplayMode.NORMAL,
				GridRegion.ROW_HEADER);
		Style readOnly = new Style();
		readOnly.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, READ_ONLY_TEXT);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, readOnly, DisplayMode.NORMAL, GridLabels.READ_ONLY);
		Style number = new Style();
		number.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, number, DisplayMode.NORMAL, GridLabels.NUMBER);
	}

	private static void background(IConfigRegistry registry, String label, Color colour) {
		Style style = new Style();
		style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, colour);
		registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
	}

	/** Text with a small sign at its left, on the cell's background. */
	private ICellPainter marked(String decoration) {
		Image sign = FieldDecorationRegistry.getDefault().getFieldDecoration(decoration).getImage();
		return new BackgroundPainter(new CellPainterDecorator(text, CellEdgeEnum.LEFT, new ImagePainter(sign)));
	}
}
