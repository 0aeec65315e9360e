// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.e4.ui.model.application.ui.menu.MPopupMenu;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.emf.EObjectSelection;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Explorador del modelo: the open model as a tree, labels and icons from the item providers. An e4 part; its
 * selection is the workbench's (the properties view follows it). Its context menu
 * ({@value #POPUP_MENU_ID}) is contributed in {@code plugin.xml}: <i>Abrir</i> (also double-click and Enter),
 * <i>Nuevo</i> (the children the item providers offer) and <i>Eliminar</i> ({@code org.eclipse.ui.edit.delete},
 * also the Delete key); every change is a command on the open model.
 */
public final class ExplorerView implements ModelSessionListener {

	/** The view's id. */
	public static final String ID = "hn.siempleo.ui.views.explorer"; //$NON-NLS-1$

	/** The id of the tree's context menu, where {@code plugin.xml} contributes the commands. */
	public static final String POPUP_MENU_ID = "hn.siempleo.ui.explorer.popup"; //$NON-NLS-1$

	private final ModelSession session;
	private final ElementOpeners openers;
	private final ESelectionService selection;
	private final EPartService parts;
	private final MPart part;
	private Label heading;
	private TreeViewer viewer;
	private ExplorerContentProvider contentProvider;

	@Inject
	public ExplorerView(ModelSession session, ElementOpeners openers, ESelectionService selection, EPartService parts,
			MPart part) {
		this.session = session;
		this.openers = openers;
		this.selection = selection;
		this.parts = parts;
		this.part = part;
	}

	@PostConstruct
	public void create(Composite parent, EMenuService menus) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		heading = WidgetIds.tag(new Label(parent, SWT.NONE), "explorer.model"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(3, 2).applyTo(heading);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		WidgetIds.tag(viewer.getTree(), "explorer.tree"); //$NON-NLS-1$
		viewer.setUseHashlookup(true);
		viewer.addSelectionChangedListener(event -> selection.setSelection(event.getStructuredSelection()));
		// double-click and Enter: open the element in its editor, else expand or collapse it
		viewer.addOpenListener(event -> {
			if (!ElementCommands.open(openers, selected())) {
				toggleExpansion(event.getSelection());
			}
		});
		registerContextMenu(menus);
		session.addListener(this);
		modelReplaced(session.current());
	}

	/**
	 * Gives the tree its context menu. The menu service renders only a popup menu the part's model holds, and the
	 * compatibility layer adds one only to 3.x views: without it the tree had no menu at all. The menu's id is the
	 * one {@code plugin.xml} contributes to; the tag lets contributions to every popup menu come in as well.
	 */
	private void registerContextMenu(EMenuService menus) {
		if (part.getMenus().stream().noneMatch(menu -> POPUP_MENU_ID.equals(menu.getElementId()))) {
			MPopupMenu popup = MMenuFactory.INSTANCE.createPopupMenu();
			popup.setElementId(POPUP_MENU_ID);
			popup.getTags().add("menuContribution:popup"); //$NON-NLS-1$
			part.getMenus().add(popup);
		}
		if (!menus.registerContextMenu(viewer.getControl(), POPUP_MENU_ID)) {
			// the tree still works without it (double-click, Enter, Supr): say so in the log rather than fail the part
			ILog.of(ExplorerView.class).log(Status.warning("No context menu for the model explorer")); //$NON-NLS-1$
		}
	}

	/** The selected elements of the model. */
	List<EObject> selected() {
		return EObjectSelection.all(viewer.getSelection(), EObject.class);
	}

	/** Selects and reveals elements (after a command created them). */
	void select(List<?> elements) {
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(elements), true);
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
			heading.setText(Messages.ExplorerView_noModel);
			return;
		}
		heading.setText(model.displayName());
		contentProvider = new ExplorerContentProvider(model.editingDomain().getAdapterFactory());
		viewer.setContentProvider(contentProvider);
		viewer.setLabelProvider(new ExplorerLabelProvider(model.editingDomain().getAdapterFactory()));
		viewer.setInput(model.workspace());
	}

	/**
	 * A plug-in's folder lists objects that live outside the workspace (an extension's root, such as INFOP's
	 * catalogue), whose changes no item provider of the tree reports: its children and count are read again. The
	 * item providers report an element added to or removed from one of the root's lists as a change of the root's
	 * children, not of the folder's label: the folders' counts are read again too.
	 */
	@Override
	public void modelEdited(OpenModel model) {
		if (contentProvider == null || viewer.getControl().isDisposed()) {
			return;
		}
		for (ContributedFolder folder : contentProvider.contributedFolders()) {
			viewer.refresh(folder, true);
		}
		viewer.update(contentProvider.featureGroups().toArray(), null);
	}

	@Override
	public void dirtyChanged(OpenModel model) {
		if (model != null && heading != null && !heading.isDisposed()) {
			heading.setText((model.isDirty() ? "*" : "") + model.displayName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void elementShown(EObject element) {
		if (contentProvider == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Object> path = contentProvider.pathTo(element);
		parts.activate(part);
		viewer.setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		viewer.getTree().setFocus();
	}

	private void toggleExpansion(Object chosen) {
		if (chosen instanceof IStructuredSelection structured && structured.size() == 1) {
			Object element = structured.getFirstElement();
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(this);
	}
}
