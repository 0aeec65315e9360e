// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** Archivo &gt; Archivos recientes: one item per recent file, each running the open command with its path. */
public final class RecentFilesMenu extends CompoundContributionItem {

	private static final String OPEN_COMMAND = "hn.siempleo.ui.commands.open"; //$NON-NLS-1$

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		int index = 1;
		for (Path file : new RecentFiles().list()) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					"hn.siempleo.ui.recent." + index, OPEN_COMMAND, SWT.PUSH); //$NON-NLS-1$
			String name = file.getFileName().toString();
			parameter.label = "&" + index + " " + (Files.isRegularFile(file) ? name //$NON-NLS-1$ //$NON-NLS-2$
					: NLS.bind(Messages.RecentFilesMenu_missing, name));
			parameter.tooltip = file.toString();
			parameter.parameters = Map.of(OpenModelHandler.FILE_PARAMETER, file.toString());
			items.add(new CommandContributionItem(parameter));
			index++;
		}
		if (items.isEmpty()) {
			CommandContributionItemParameter none = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					"hn.siempleo.ui.recent.none", OPEN_COMMAND, SWT.PUSH); //$NON-NLS-1$
			none.label = Messages.RecentFilesMenu_none;
			items.add(new CommandContributionItem(none));
		}
		return items.toArray(IContributionItem[]::new);
	}
}
