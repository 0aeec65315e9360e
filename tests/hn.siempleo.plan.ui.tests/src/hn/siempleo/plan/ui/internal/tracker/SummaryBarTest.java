// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.UiKit;

/** The budget under the grid: its total in one line, its detail by axis and source on demand and as a tooltip. */
@ExtendWith(ScreenshotOnFailure.class)
class SummaryBarTest {

	private final Workbench workbench = Workbench.start();
	private final UiKit ui = workbench.ui();

	@Test
	void theBudgetsDetailIsShownOnDemandAndItsTotalStaysInOneLine() {
		workbench.tracker();
		Label budget = workbench.window().byId(Label.class, "tracker.summary.budget");
		Link toggle = workbench.window().byId(Link.class, "tracker.summary.detailToggle");
		ui.waitUntil("el presupuesto", () -> ui.call(budget::getText).startsWith("Presupuesto 2025"));
		assertFalse(ui.call(budget::getText).contains("Por eje"), ui.call(budget::getText));
		assertTrue(ui.call(budget::getToolTipText).startsWith("Por eje: EJE1"), ui.call(budget::getToolTipText));
		assertFalse(workbench.window().hasId("tracker.summary.detail"));
		int collapsed = ui.call(() -> budget.getParent().getParent().getSize().y);

		click(toggle);
		ui.waitUntil("el detalle a la vista", () -> workbench.window().hasId("tracker.summary.detail"));
		Label detail = workbench.window().byId(Label.class, "tracker.summary.detail");
		assertTrue(ui.call(detail::getText).contains("Por fuente de financiamiento"), ui.call(detail::getText));
		assertTrue(ui.call(() -> budget.getParent().getParent().getSize().y) > collapsed);

		click(toggle);
		ui.waitUntil("el detalle oculto", () -> !ui.call(detail::isVisible));
		ui.waitUntil("el resumen tan bajo como antes",
				() -> ui.call(() -> budget.getParent().getParent().getSize().y) == collapsed);
	}

	private void click(Link link) {
		ui.post(() -> {
			Event event = new Event();
			event.widget = link;
			link.notifyListeners(SWT.Selection, event);
		});
	}
}
