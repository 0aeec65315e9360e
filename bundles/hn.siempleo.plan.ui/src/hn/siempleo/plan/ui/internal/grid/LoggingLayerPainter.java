// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import org.eclipse.core.runtime.ILog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.painter.layer.NatLayerPainter;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * NatTable's own painter, except that a failure while painting goes to the workbench log (NatTable reports it
 * through SLF4J, which has no provider in the product, so the grid would just stay blank). Logged once per
 * grid, to keep the log readable while the failure repeats on every paint.
 */
final class LoggingLayerPainter extends NatLayerPainter {

	private boolean logged;

	LoggingLayerPainter(NatTable natTable) {
		super(natTable);
	}

	@Override
	public void paintLayer(ILayer natLayer, GC gc, int xOffset, int yOffset, Rectangle rectangle,
			IConfigRegistry configRegistry) {
		try {
			paintBackground(natLayer, gc, xOffset, yOffset, rectangle, configRegistry);
			gc.setForeground(natTable.getForeground());
			natTable.getLayer().getLayerPainter().paintLayer(natLayer, gc, xOffset, yOffset, rectangle, configRegistry);
			paintOverlays(natLayer, gc, xOffset, yOffset, rectangle, configRegistry);
		} catch (RuntimeException e) {
			if (!logged) {
				logged = true;
				ILog.of(LoggingLayerPainter.class).error(Messages.LoggingLayerPainter_failed, e);
			}
		}
	}
}
