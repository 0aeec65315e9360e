// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.referral.fixtures.Ids;
import hn.siempleo.referral.ui.ReferralUiIds;
import hn.siempleo.referral.ui.fixtures.NetworkWorkbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;

/**
 * Mesas territoriales where it opens on a 1366×768 laptop: the local plan's whole name in its list, and every
 * member and step of the plan in view without scrolling their tables (the part scrolls down instead).
 */
@ExtendWith(ScreenshotOnFailure.class)
class TablesLayoutTest {

	@Test
	void atALaptopsWidthThePlansNameAndEveryStepAreInView() {
		NetworkWorkbench wb = NetworkWorkbench.start();
		Shell shell = wb.onALaptop();
		wb.showView(ReferralUiIds.VIEW_TABLES);
		wb.window().combo("tables.plan").select(Ids.PLAN_EL_PROGRESO);
		Combo plans = wb.window().byId(Combo.class, "tables.plan");
		wb.ui().waitUntil("Mesas territoriales a la mitad de 1366 píxeles", () -> {
			shell.layout(true, true);
			return plans.getSize().x > 0 && plans.getShell().getSize().x == 1366;
		});

		wb.ui().run(() -> {
			assertEquals(plans.getItem(plans.getSelectionIndex()), plans.getToolTipText(), "the whole name as tooltip");
			assertTrue(plans.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= plans.getSize().x,
					"«" + plans.getText() + "» fits its list: " + plans.getSize());
			for (String id : new String[] { "tables.members", "tables.steps" }) {
				Table table = wb.window().byId(Table.class, id);
				assertTrue(table.getItemCount() > 0, id + " has rows");
				Rectangle last = table.getItem(table.getItemCount() - 1).getBounds();
				Rectangle area = table.getClientArea();
				assertTrue(table.getTopIndex() == 0 && last.y + last.height <= area.y + area.height,
						"every row of " + id + " in view: " + last + " in " + area);
			}
		});
	}
}
