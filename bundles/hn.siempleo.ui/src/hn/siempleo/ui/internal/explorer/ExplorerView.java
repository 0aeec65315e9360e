// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.emf.EObjectSelection;

/**
 * Explorador del modelo: the open model as a tree, labels and icons from the item providers. It is the
 * workbench's main selection provider (the properties view follows it); its context menu creates and
 * deletes elements through commands.
 */
public final class ExplorerView extends ViewPart implements ModelSessionListener {

	/** The view's id. */
	public static final String ID = "hn.siempleo.ui.views.explorer"; //$NON-NLS-1$

	private final ModelSession session = PlatformUI.getWorkbench().getService(ModelSession.class);
	private TreeViewer viewer;
	private ExplorerContentProvider contentProvider;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		WidgetIds.tag(viewer.getTree(), "explorer.tree"); //$NON-NLS-1$
		viewer.setUseHashlookup(true);
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> toggleExpansion(event.getSelection()));
		createContextMenu();
		session.addListener(this);
		modelReplaced(session.current());
	}

	@Override
	public void modelReplaced(OpenModel model) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (model == null) {
			if (viewer.getContentProvider() != null) {
				viewer.setInput(null);
			}
			setContentDescription(Messages.ExplorerView_noModel);
			return;
		}
		setContentDescription(model.displayName());
		contentProvider = new ExplorerContentProvider(model.editingDomain().getAdapterFactory());
		viewer.setContentProvider(contentProvider);
		viewer.setLabelProvider(new ExplorerLabelProvider(model.editingDomain().getAdapterFactory()));
		viewer.setInput(model.workspace());
	}

	@Override
	public void dirtyChanged(OpenModel model) {
		if (model != null && viewer != null && !viewer.getControl().isDisposed()) {
			setContentDescription((model.isDirty() ? "*" : "") + model.displayName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void elementShown(EObject element) {
		if (contentProvider == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Object> path = contentProvider.pathTo(element);
		getSite().getPage().activate(this);
		viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		viewer.getTree().setFocus();
	}

	private void toggleExpansion(Object selection) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			Object element = structured.getFirstElement();
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.getControl().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				deleteSelection();
			}
		});
	}

	private void fillContextMenu(IMenuManager menu) {
		OpenModel model = session.current();
		if (model == null) {
			return;
		}
		EditingDomain domain = model.editingDomain();
		List<EObject> selected = EObjectSelection.all(viewer.getSelection(), EObject.class);
		if (selected.size() == 1) {
			MenuManager create = new MenuManager(Messages.ExplorerView_newChild);
			EObject owner = selected.get(0);
			Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
			for (Object descriptor : descriptors) {
				Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				if (descriptor instanceof CommandParameter && command.canExecute()) {
					create.add(new Action(command.getLabel()) {
						@Override
						public void run() {
							domain.getCommandStack().execute(command);
							viewer.setSelection(new StructuredSelection(command.getResult().toArray()), true);
						}
					});
				}
			}
			menu.add(create);
		}
		Action delete = new Action(Messages.ExplorerView_delete) {
			@Override
			public void run() {
				deleteSelection();
			}
		};
		delete.setEnabled(!selected.isEmpty() && DeleteCommand.create(domain, selected).canExecute());
		menu.add(delete);
	}

	private void deleteSelection() {
		OpenModel model = session.current();
		List<EObject> selected = EObjectSelection.all(viewer.getSelection(), EObject.class);
		if (model == null || selected.isEmpty()) {
			return;
		}
		Command command = DeleteCommand.create(model.editingDomain(), selected);
		if (command.canExecute()) {
			model.commandStack().execute(command);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		session.removeListener(this);
		super.dispose();
	}
}
