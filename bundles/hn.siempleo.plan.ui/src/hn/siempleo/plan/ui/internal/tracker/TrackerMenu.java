// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import hn.siempleo.plan.ui.PlanUiIds;

/**
 * The tracker grid's context menu (right-click, Shift+F10 or the menu key): a new action, the progress reports of
 * the selected one, and deleting the selected ones. The grid's keys Insert and Supr do the first and the last.
 */
final class TrackerMenu {

	private TrackerMenu() {
	}

	static void attach(Control grid, TrackerPart part) {
		Menu menu = new Menu(grid);
		MenuItem create = item(menu, Messages.TrackerMenu_new, part::newAction);
		MenuItem progress = item(menu, Messages.TrackerMenu_progress,
				() -> TrackerToolbar.execute(PlanUiIds.COMMAND_PROGRESS));
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem delete = item(menu, Messages.TrackerMenu_delete, part::deleteSelected);
		menu.addListener(SWT.Show, event -> {
			int selected = part.selectedActions().size();
			create.setEnabled(part.plan() != null);
			progress.setEnabled(selected == 1);
			delete.setEnabled(selected > 0);
		});
		grid.setMenu(menu);
	}

	private static MenuItem item(Menu menu, String text, Runnable run) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, event -> run.run());
		return item;
	}
}
