// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;

import hn.siempleo.ui.WidgetIds;

/**
 * Ayuda &gt; Atajos de teclado (F1): the keys of the whole window, read from the active key bindings (the product's
 * commands and the platform's few a planner uses, in the planner's words), then the keys each part handles itself.
 */
final class ShortcutsDialog extends Dialog {

	/** One line of the table. */
	record Shortcut(String where, String keys, String what) {
	}

	private final ICommandService commands;
	private final IBindingService bindings;

	ShortcutsDialog(Shell parent, ICommandService commands, IBindingService bindings) {
		super(parent);
		this.commands = commands;
		this.bindings = bindings;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ShortcutsDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(0, 8).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.ShortcutsDialog_intro);
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);
		Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "shortcuts.table"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.ShortcutsDialog_where, Messages.ShortcutsDialog_keys,
				Messages.ShortcutsDialog_what }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		for (Shortcut shortcut : shortcuts()) {
			new TableItem(table, SWT.NONE).setText(new String[] { shortcut.where(), shortcut.keys(), shortcut.what() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		// at most about 18 lines high: the dialog fits a 1366×768 screen and the table scrolls
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(SWT.DEFAULT, Math.min(18, table.getItemCount() + 1) * table.getItemHeight()).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.AboutDialog_close, true);
	}

	/** Every line: the window's keys, by name, then each part's. */
	List<Shortcut> shortcuts() {
		List<Shortcut> window = new ArrayList<>();
		for (Map.Entry<String, String> command : windowCommands().entrySet()) {
			String keys = bindings.getBestActiveBindingFormattedFor(command.getKey());
			if (keys != null) {
				window.add(new Shortcut(Messages.ShortcutsDialog_window, keys, command.getValue()));
			}
		}
		window.sort(Comparator.comparing(Shortcut::what));
		List<Shortcut> all = new ArrayList<>(window);
		for (String line : Messages.ShortcutsDialog_parts.split("\n")) { //$NON-NLS-1$
			String[] cells = line.split("\\|", 3); //$NON-NLS-1$
			if (cells.length == 3) {
				all.add(new Shortcut(cells[0].strip(), cells[1].strip(), cells[2].strip()));
			}
		}
		return all;
	}

	/** The product's commands by their names, and the platform's that a planner uses, in Spanish. */
	private Map<String, String> windowCommands() {
		Map<String, String> names = new LinkedHashMap<>();
		for (Command command : commands.getDefinedCommands()) {
			if (command.getId().startsWith("hn.siempleo.")) { //$NON-NLS-1$
				try {
					names.put(command.getId(), command.getName());
				} catch (NotDefinedException e) {
					// undefined meanwhile: nothing to show
				}
			}
		}
		names.put("org.eclipse.ui.edit.undo", Messages.ShortcutsDialog_undo); //$NON-NLS-1$
		names.put("org.eclipse.ui.edit.redo", Messages.ShortcutsDialog_redo); //$NON-NLS-1$
		names.put("org.eclipse.ui.window.maximizePart", Messages.ShortcutsDialog_maximize); //$NON-NLS-1$
		return names;
	}
}
