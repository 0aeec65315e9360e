// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IServiceLocator;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;

/**
 * The explorer's <i>Nuevo</i> submenu: one item per child the item providers offer for the one selected
 * element, or, on a folder, a new element of the folder's kind; each creates the child with one undoable command
 * and selects it. When there is nothing to create, one disabled item says so.
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
		List<?> selected = current instanceof IStructuredSelection selection ? selection.toList()
				: current instanceof EObject element ? List.of(element) : List.of();
		List<IContributionItem> items = new ArrayList<>();
		if (model != null && selected.size() == 1) {
			EditingDomain domain = model.editingDomain();
			if (selected.get(0) instanceof EObject owner) {
				addItems(items, domain, owner, null);
			} else if (selected.get(0) instanceof FeatureGroup group) {
				// a folder ("Oficinas (17)"): a new element of the folder's kind
				addItems(items, domain, group.owner(), group.feature());
			}
		}
		if (items.isEmpty()) {
			Action none = new Action(Messages.NewChildMenu_none) {
				// nothing to run: shown disabled, so the submenu says why it offers nothing
			};
			none.setEnabled(false);
			items.add(new ActionContributionItem(none));
		}
		return items.toArray(IContributionItem[]::new);
	}

	/** One item per child the item providers offer for the owner, in one feature or in any (null). */
	private void addItems(List<IContributionItem> items, EditingDomain domain, EObject owner, EReference feature) {
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (!(descriptor instanceof CommandParameter parameter)
					|| feature != null && parameter.getEStructuralFeature() != feature) {
				continue;
			}
			Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			if (command.canExecute()) {
				// under Nuevo, the child's kind ("Acción"); the command keeps its label for Deshacer ("Nuevo: Acción")
				String text = command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
				items.add(new ActionContributionItem(new Action(text) {
					@Override
					public void run() {
						domain.getCommandStack().execute(command);
						session.showElement((EObject) command.getResult().iterator().next());
					}
				}));
			}
		}
	}
}
