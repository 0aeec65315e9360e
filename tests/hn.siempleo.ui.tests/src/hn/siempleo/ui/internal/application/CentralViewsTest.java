// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;

/**
 * A central view (one that a perspective stacks with Inicio: the tracker, the diagnostic editor, Resultados, the
 * network's views, the reports...) opens beside Inicio in every perspective, whichever one declared it; shown in a
 * perspective without its place, it would land in a narrow side stack.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CentralViewsTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void everyCentralViewOpensBesideInicioInEveryPerspective() {
		List<String> central = ui.call(CentralViewsTest::centralViews);
		assertTrue(central.containsAll(List.of("hn.siempleo.plan.ui.tracker", "hn.siempleo.plan.ui.timeline", //$NON-NLS-1$ //$NON-NLS-2$
				"hn.siempleo.results.ui.results", "hn.siempleo.diagnostic.ui.editor", "hn.siempleo.referral.ui.agreement", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"hn.siempleo.referral.ui.referrals", "hn.siempleo.referral.ui.coverage", "hn.siempleo.referral.ui.tables")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"the product's central views: " + central);
		List<String> misplaced = new ArrayList<>();
		inEachPerspective((perspective, page) -> {
			for (String id : central) {
				IViewPart view = page.showView(id);
				MPart part = view.getSite().getService(MPart.class);
				MUIElement placed = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
				String stack = placed.getParent() == null ? null : placed.getParent().getElementId();
				if (!WorkbenchIds.FOLDER_CENTER.equals(stack)) {
					misplaced.add(perspective + ": " + id + " in " + stack);
				}
			}
		});
		assertEquals(List.of(), misplaced, "central views opened outside the centre");
	}

	@Test
	void planificacionOpensOnInicioAndEveryOtherPerspectiveOnAViewOfItsOwn() {
		List<String> central = ui.call(CentralViewsTest::centralViews);
		List<String> shown = new ArrayList<>();
		inEachPerspective((perspective, page) -> {
			IViewPart inicio = page.findView(WorkbenchIds.VIEW_INICIO);
			String top = inicio != null && page.isPartVisible(inicio) ? WorkbenchIds.VIEW_INICIO : null;
			for (String id : central) {
				IViewPart view = page.findView(id);
				if (view != null && page.isPartVisible(view)) {
					top = top == null ? id : top + "+" + id;
				}
			}
			shown.add(perspective + " " + top);
		});
		assertEquals(List.of(WorkbenchIds.PERSPECTIVE_PLANNING + " " + WorkbenchIds.VIEW_INICIO,
				WorkbenchIds.PERSPECTIVE_DIAGNOSTIC + " hn.siempleo.diagnostic.ui.editor", //$NON-NLS-1$
				WorkbenchIds.PERSPECTIVE_NETWORK + " hn.siempleo.referral.ui.agreement"), //$NON-NLS-1$
				shown.subList(0, 3), "the view each perspective opens on");
		assertTrue(!shown.get(3).endsWith(WorkbenchIds.VIEW_INICIO), shown.get(3));
	}

	/** A check on the UI thread; it may throw. */
	private interface PageCheck {
		void check(String perspective, IWorkbenchPage page) throws Exception;
	}

	/**
	 * Runs {@code check} in each perspective as it first opens (reset), on the UI thread, then goes back to
	 * Planificación.
	 */
	private void inEachPerspective(PageCheck check) {
		ui.run(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			try {
				for (String perspective : WorkbenchIds.PERSPECTIVES) {
					PlatformUI.getWorkbench().showPerspective(perspective, window);
					IWorkbenchPage page = window.getActivePage();
					page.resetPerspective();
					check.check(perspective, page);
					page.resetPerspective();
				}
				PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_PLANNING, window);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	/** The views some perspective extension stacks with Inicio, in the order the registry gives them. */
	private static List<String> centralViews() {
		Set<String> ids = new LinkedHashSet<>();
		for (IConfigurationElement extension : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.perspectiveExtensions")) { //$NON-NLS-1$
			for (IConfigurationElement view : extension.getChildren("view")) { //$NON-NLS-1$
				if (WorkbenchIds.VIEW_INICIO.equals(view.getAttribute("relative")) //$NON-NLS-1$
						&& "stack".equals(view.getAttribute("relationship"))) { //$NON-NLS-1$ //$NON-NLS-2$
					ids.add(view.getAttribute("id")); //$NON-NLS-1$
				}
			}
		}
		return new ArrayList<>(ids);
	}
}
