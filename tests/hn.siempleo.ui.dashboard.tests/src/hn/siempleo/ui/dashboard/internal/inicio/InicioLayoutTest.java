// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.dashboard.DashboardIds;

/**
 * Inicio's layout when its vertical scroll bar appears (the form is resized again while it lays the dashboard out)
 * and when an edit rebuilds its sections: every figure ends where a full layout from fresh sizes puts it, and the
 * content is measured at the width the bar leaves.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InicioLayoutTest {

	private final UiKit ui = UiKit.forWorkbench();
	private ShellDriver window;

	@BeforeEach
	void showInicio() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(DashboardIds.VIEW_INICIO);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		window = ui.workbenchShell();
		ui.waitUntil("las cifras de Inicio", () -> window.hasId("inicio.total"));
	}

	@Test
	void theDashboardIsLaidOutAsAFullLayoutWouldWhenItsScrollBarAppears() {
		Control title = window.byId(Control.class, "inicio.title");
		ui.run(() -> {
			Composite body = title.getParent();
			ScrolledComposite form = (ScrolledComposite) body.getParent();
			Point size = form.getSize();
			try {
				int width = form.getClientArea().width;
				int tall = body.computeSize(width, SWT.DEFAULT, true).y;
				// first all of it fits: no vertical bar; then a quarter of it: the bar appears while the form lays out
				form.setSize(size.x, tall + 200);
				assertFalse(form.getVerticalBar().getVisible(), "no bar while everything fits");
				form.setSize(size.x, tall / 4);
				assertTrue(form.getVerticalBar().getVisible(), "the bar once a quarter fits");

				List<String> laidOut = bounds(body);
				// the width left by the bar (the same with GTK's overlay scroll bars)
				int left = form.getClientArea().width;
				assertEquals(body.computeSize(left, SWT.DEFAULT, true), new Point(form.getMinWidth(), form.getMinHeight()),
						"measured at the width left by the bar");
				body.layout(true, true);
				assertEquals(String.join("\n", bounds(body)), String.join("\n", laidOut),
						"every control where a full layout puts it");
			} finally {
				form.setSize(size);
				form.getParent().layout(true, true);
			}
		});
	}

	@Test
	void theSectionsRebuiltByAnEditAreLaidOutAsAFullLayoutWould() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		OpenModel model = ui.call(session::current);
		String key = "inicio.status." + ActionStatus.DONE.getName();
		Control before = window.byId(Control.class, key);
		String doneBefore = figureText(before);
		Action open = ui.call(() -> model.workspace().getPlans().get(0).getActions().stream()
				.filter(a -> a.getStatus() != ActionStatus.DONE).findFirst().orElseThrow());
		try {
			ui.run(() -> model.commandStack().execute(SetCommand.create(model.editingDomain(), open,
					SiempleoPackage.Literals.ACTION__STATUS, ActionStatus.DONE)));
			// the refresh replaces every figure
			ui.waitUntil("las cifras rehechas", () -> ui.call(before::isDisposed) && window.hasId(key));
			Control title = window.byId(Control.class, "inicio.title");
			ui.run(() -> {
				Composite body = title.getParent();
				List<String> laidOut = bounds(body);
				assertTrue(laidOut.stream().anyMatch(line -> line.startsWith(key + " ")), "the figure is there");
				body.layout(true, true);
				assertEquals(String.join("\n", bounds(body)), String.join("\n", laidOut),
						"every control where a full layout puts it");
			});
		} finally {
			ui.run(() -> {
				while (model.commandStack().canUndo() && model.isDirty()) {
					model.commandStack().undo();
				}
			});
			// Inicio refreshes once the edits have settled: the next test reads its figures
			ui.waitUntil("las cifras tras deshacer",
					() -> window.hasId(key) && doneBefore.equals(figureText(window.byId(Control.class, key))));
		}
	}

	private String figureText(Control control) {
		return ui.call(() -> control instanceof Hyperlink link ? link.getText() : ((Label) control).getText());
	}

	/** The bounds of every control under {@code parent}, depth first, with their ids or classes. */
	private static List<String> bounds(Composite parent) {
		List<String> out = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			Object id = child.getData(WidgetIds.KEY);
			out.add((id != null ? id : child.getClass().getSimpleName()) + " " + child.getBounds()); //$NON-NLS-1$
			if (child instanceof Composite composite) {
				out.addAll(bounds(composite));
			}
		}
		return out;
	}
}
