// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.emf.EObjectSelection;

/**
 * The explorer's <i>Nuevo</i> submenu: one item per child the item providers offer for the one selected
 * element; each creates the child with one undoable command and selects it.
 */
public final class NewChildMenu extends CompoundContributionItem implements IWorkbenchContribution {

	private ModelSession session;
	private ESelectionService selections;

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		session = serviceLocator.getService(ModelSession.class);
		selections = serviceLocator.getService(ESelectionService.class);
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		OpenModel model = session == null ? null : session.current();
		Object current = selections == null ? null : selections.getSelection();
		List<EObject> selected = current instanceof ISelection selection ? EObjectSelection.all(selection, EObject.class)
				: current instanceof EObject element ? List.of(element) : List.of();
		if (model == null || selected.size() != 1) {
			return new IContributionItem[0];
		}
		EditingDomain domain = model.editingDomain();
		EObject owner = selected.get(0);
		List<IContributionItem> items = new ArrayList<>();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			if (descriptor instanceof CommandParameter && command.canExecute()) {
				items.add(new ActionContributionItem(new Action(command.getLabel()) {
					@Override
					public void run() {
						domain.getCommandStack().execute(command);
						session.showElement((EObject) command.getResult().iterator().next());
					}
				}));
			}
		}
		return items.toArray(IContributionItem[]::new);
	}
}
