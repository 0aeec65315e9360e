// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.NotificationImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.tests.uikit.Finder;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.TreeDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.emf.internal.ViewerUpdates;

/** The content and label providers behind a real tree viewer, following commands on the model. */
@ExtendWith(ScreenshotOnFailure.class)
class AdapterFactoryViewerTest {

	private static final String TITLE = "Prueba de adaptadores EMF";
	private static final String TREE_ID = "uiemf.test.tree";

	private final UiKit ui = UiKit.forWorkbench();
	private final ModelFixture model = new ModelFixture("Tegucigalpa", "San Pedro Sula");
	private Shell shell;
	private TreeViewer viewer;
	private AdapterFactoryContentProvider contentProvider;

	@AfterEach
	void disposeShell() {
		ui.run(() -> {
			if (shell != null && !shell.isDisposed()) {
				shell.dispose();
			}
			model.dispose();
		});
	}

	@Test
	void treeShowsTheItemProviderTextsAndFollowsCommands() {
		TreeDriver tree = open(model.workspace);
		Office tegucigalpa = model.officeNamed("Tegucigalpa");
		Office sanPedro = model.officeNamed("San Pedro Sula");
		assertEquals(ui.call(() -> List.of(model.text(tegucigalpa), model.text(sanPedro))), tree.rootTexts());
		assertTrue(tree.rootTexts().get(0).endsWith("Tegucigalpa"), tree.rootTexts().toString());

		// a label notification refreshes the item's text
		ui.run(() -> model.execute(
				SetCommand.create(model.domain, tegucigalpa, SiempleoPackage.Literals.CODED__NAME, "Comayagüela")));
		String renamed = ui.call(() -> model.text(tegucigalpa));
		assertTrue(renamed.endsWith("Comayagüela"), renamed);
		ui.waitUntil("que el árbol muestre «" + renamed + "»", () -> tree.rootTexts().contains(renamed));

		// a content notification adds the new child
		Office laCeiba = ModelFixture.office("La Ceiba");
		Command add = ui.call(() -> model.execute(
				AddCommand.create(model.domain, model.workspace, SiempleoPackage.Literals.WORKSPACE__OFFICES, laCeiba)));
		String laCeibaText = ui.call(() -> model.text(laCeiba));
		ui.waitUntil("que aparezca «" + laCeibaText + "»", () -> tree.rootTexts().contains(laCeibaText));
		assertEquals(3, tree.rootTexts().size());

		CommandStackActions actions = new CommandStackActions(model.commandStack);
		assertEquals("Deshacer " + add.getLabel(), ui.call(actions::undoLabel));

		// undo removes it again
		assertTrue(ui.call(actions::undo));
		ui.waitUntil("que desaparezca «" + laCeibaText + "»", () -> !tree.rootTexts().contains(laCeibaText));
		assertEquals(List.of(renamed, ui.call(() -> model.text(sanPedro))), tree.rootTexts());
		assertEquals("Rehacer " + add.getLabel(), ui.call(actions::redoLabel));
	}

	@Test
	void resourceInputShowsItsRootsWithTheirChildren() {
		Resource resource = new ResourceImpl(URI.createURI("memory:/region-centro.siempleo"));
		ui.run(() -> {
			model.domain.getResourceSet().getResources().add(resource);
			resource.getContents().add(model.workspace);
		});
		TreeDriver tree = open(resource);
		String workspaceText = ui.call(() -> model.text(model.workspace));
		assertEquals(List.of(workspaceText), tree.rootTexts());
		Office tegucigalpa = model.officeNamed("Tegucigalpa");
		List<String> offices = tree.childTexts(workspaceText);
		assertEquals(2, offices.size());
		assertEquals(ui.call(() -> model.text(tegucigalpa)), offices.get(0));
		assertSame(model.workspace, ui.call(() -> contentProvider.getParent(tegucigalpa)));
		assertSame(resource, ui.call(() -> contentProvider.getParent(model.workspace)));
	}

	@Test
	void itemsGetTheItemProviderIcons() {
		open(model.workspace);
		String tegucigalpa = ui.call(() -> model.text(model.officeNamed("Tegucigalpa")));
		Image icon = ui.call(() -> java.util.Arrays.stream(viewer.getTree().getItems())
				.filter(item -> item.getText().equals(tegucigalpa)).findFirst().orElseThrow().getImage());
		assertNotNull(icon);
		assertEquals(16, ui.call(() -> icon.getBounds().width));
	}

	@Test
	void labelProviderAnnouncesLabelChangesOncePerBurst() {
		Office tegucigalpa = model.officeNamed("Tegucigalpa");
		List<LabelProviderChangedEvent> events = new CopyOnWriteArrayList<>();
		AdapterFactoryLabelProvider labels = ui.call(() -> {
			AdapterFactoryLabelProvider provider = new AdapterFactoryLabelProvider(model.adapterFactory);
			provider.addListener(events::add);
			provider.getText(tegucigalpa); // adapts the office, whose item provider then reports its changes
			return provider;
		});
		try {
			ui.run(() -> {
				tegucigalpa.setName("Comayagua");
				tegucigalpa.setDescription("Oficina regional");
			});
			ui.waitUntil("un aviso de cambio de etiqueta", () -> !events.isEmpty());
			ui.run(() -> {
			});
			assertEquals(1, events.size());
			assertEquals(List.of(tegucigalpa), List.of(events.get(0).getElements()));
			assertTrue(ui.call(() -> labels.getText(tegucigalpa)).endsWith("Comayagua"));
		} finally {
			ui.run(labels::dispose);
		}
	}

	@Test
	void aDisposedViewerIsLeftAlone() {
		open(model.workspace);
		Office tegucigalpa = model.officeNamed("Tegucigalpa");
		// the rename's refresh is queued while the shell is open and runs once it is gone
		ui.run(() -> {
			model.execute(SetCommand.create(model.domain, tegucigalpa, SiempleoPackage.Literals.CODED__NAME, "Danlí"));
			shell.dispose();
		});
		ui.run(() -> {
		});
		assertTrue(ui.call(() -> viewer.getControl().isDisposed()));
		IViewerNotification late = new ViewerNotification(
				new NotificationImpl(Notification.SET, "Danlí", "Juticalpa"), tegucigalpa, true, true);
		// neither a late notification from another thread nor an update of the dead viewer touches a widget
		assertDoesNotThrow(() -> contentProvider.notifyChanged(late));
		assertDoesNotThrow(() -> ui.run(() -> ViewerUpdates.apply(viewer, List.of(late))));
		assertDoesNotThrow(() -> ui.run(() -> model.execute(
				SetCommand.create(model.domain, tegucigalpa, SiempleoPackage.Literals.CODED__NAME, "Juticalpa"))));
	}

	private TreeDriver open(Object input) {
		ui.run(() -> {
			shell = new Shell(ui.display());
			shell.setText(TITLE);
			shell.setLayout(new FillLayout());
			viewer = new TreeViewer(shell);
			viewer.getTree().setData(Finder.ID_KEY, TREE_ID);
			contentProvider = new AdapterFactoryContentProvider(model.adapterFactory);
			viewer.setContentProvider(contentProvider);
			viewer.setLabelProvider(new AdapterFactoryLabelProvider(model.adapterFactory));
			viewer.setInput(input);
			shell.setSize(400, 300);
			shell.open();
		});
		return ui.shell(TITLE).tree(TREE_ID);
	}
}
