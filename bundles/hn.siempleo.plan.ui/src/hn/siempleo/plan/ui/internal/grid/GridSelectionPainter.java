// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.BorderPainter.BorderCell;
import org.eclipse.nebula.widgets.nattable.selection.ISelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayerPainter;
import org.eclipse.swt.graphics.Rectangle;

/**
 * NatTable's painter of the selection layer (the cells, the grid lines, a border around the selected cells),
 * without its second pass over every cell shown when nothing is selected. That pass asks each cell for its bounds
 * and its display mode through the layers, to find the selected ones, about a tenth of a paint of new rows right
 * after opening (a profile); with an empty selection it finds none and draws nothing.
 */
final class GridSelectionPainter extends SelectionLayerPainter {

	private final SelectionLayer selectionLayer;

	GridSelectionPainter(SelectionLayer selectionLayer) {
		this.selectionLayer = selectionLayer;
	}

	@Override
	protected BorderCell[][] getBorderCells(ILayer natLayer, int xOffset, int yOffset, Rectangle positionRectangle,
			Function<ILayerCell, Boolean> function) {
		ISelectionModel selection = selectionLayer.getSelectionModel();
		if (selection.isEmpty()) {
			// no cell is in a selected display mode: NatTable's pass would find none and return null
			return null;
		}
		return super.getBorderCells(natLayer, xOffset, yOffset, positionRectangle, function);
	}
}
