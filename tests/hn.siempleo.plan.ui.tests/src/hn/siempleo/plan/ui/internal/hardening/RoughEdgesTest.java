// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;
import hn.siempleo.ui.handlers.SafeHandler;
import hn.siempleo.ui.handlers.Shells;

/**
 * The rough edges a new user hit: a command whose "active shell" was closed meanwhile still opens its dialog
 * over a live window; an unexpected exception in a command shows a Spanish error dialog; the tracker's tool
 * bar is reachable on a 1366x768 laptop without maximizing; an export never replaces the model.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RoughEdgesTest {

	private final Workbench workbench = Workbench.start();
	private final UiKit ui = workbench.ui();

	@AfterEach
	void maximizeAgain() {
		ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setMaximized(true));
	}

	@Test
	void aCommandWhoseActiveShellWasDisposedStillFindsALiveParent() throws Exception {
		workbench.tracker();
		Shell disposed = ui.call(() -> {
			Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
			shell.open();
			shell.dispose();
			return shell;
		});
		assertTrue(ui.call(disposed::isDisposed));
		// the export refuses to write over the model: its message needs a parent shell, the event offers a dead one
		Path model = Path.of(workbench.model().location().toFileString());
		byte[] before = Files.readAllBytes(model);
		ui.post(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			IEvaluationContext context = handlers.createContextSnapshot(false);
			context.addVariable(ISources.ACTIVE_SHELL_NAME, disposed);
			try {
				handlers.executeCommandInContext(ParameterizedCommand.generateCommand(
						commands.getCommand(PlanUiIds.COMMAND_EXPORT), Map.of(PlanUiIds.FILE_PARAMETER, model.toString())),
						null, context);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		ShellDriver refusal = ui.shell("Exportar acciones a Excel");
		assertTrue(refusal.labelContaining("No se escribe").text().contains(model.getFileName().toString()));
		refusal.button(ui.call(() -> org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL)).click();
		ui.waitUntilClosed(refusal);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(model)), "the model is unchanged");
	}

	@Test
	void shellsParentSkipsADisposedActiveShell() {
		Shell window = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		Shell parent = ui.call(() -> {
			Shell dead = new Shell(window);
			dead.dispose();
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			IEvaluationContext context = handlers.createContextSnapshot(false);
			context.addVariable(ISources.ACTIVE_SHELL_NAME, dead);
			return Shells.parent(new ExecutionEvent(null, Map.of(), null, context));
		});
		assertEquals(window, parent);
	}

	@Test
	void anUnexpectedExceptionInACommandIsShownInSpanish() {
		SafeHandler failing = new SafeHandler() {
			@Override
			protected Object run(ExecutionEvent event, Shell shell) {
				throw new IllegalStateException("índice fuera de rango");
			}
		};
		ui.post(() -> {
			try {
				failing.execute(new ExecutionEvent());
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		ShellDriver dialog = ui.shell("Error inesperado");
		String message = dialog.labelContaining("índice fuera de rango").text();
		assertTrue(message.startsWith("Ocurrió un error inesperado") && message.contains("No se ha perdido nada")
				&& message.contains("Motivo: índice fuera de rango"), message);
		dialog.close();
		ui.waitUntilClosed(dialog);
	}

	@Test
	void everyControlOfTheTrackerAndItsNeighboursIsReachableAt1366x768() {
		workbench.tracker();
		ui.run(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setMaximized(false);
			shell.setBounds(0, 0, 1366, 768 - 40); // the screen less a task bar
		});
		ui.waitUntil("la ventana de 1366x728", () -> ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getShell().getSize().x == 1366));
		List<String> clipped = new ArrayList<>();
		for (String perspective : WorkbenchIds.PERSPECTIVES) {
			clipped.addAll(ui.call(() -> {
				var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				try {
					PlatformUI.getWorkbench().showPerspective(perspective, window);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
				window.getShell().layout(true, true);
				while (window.getShell().getDisplay().readAndDispatch()) {
					// let the layouts settle
				}
				return clippedControls(window.getActivePage());
			}));
		}
		assertTrue(clipped.isEmpty(), "controls cut off at 1366x768: " + clipped);
		workbench.showView(PlanUiIds.VIEW_TRACKER);
		Button export = workbench.window().byId(Button.class, "tracker.export");
		assertTrue(ui.call(export::isVisible));
		// the summary's counts by status and priority wrap within the view rather than being cut off
		Label counts = workbench.window().byId(Label.class, "tracker.summary.counts");
		ui.waitUntil("las cifras del resumen", () -> ui.call(() -> counts.getText().contains("P3")));
		ui.call(() -> {
			counts.getShell().layout(true, true);
			Rectangle bounds = counts.getBounds();
			Rectangle area = counts.getParent().getParent().getClientArea();
			Rectangle inArea = counts.getDisplay().map(counts.getParent(), counts.getParent().getParent(), bounds);
			assertTrue(inArea.x + inArea.width <= area.x + area.width,
					"the counts end at " + (inArea.x + inArea.width) + " in a view " + area.width + " wide: " + counts.getText());
			// the whole text, wrapped at the label's width, fits in the label's height
			TextLayout text = new TextLayout(counts.getDisplay());
			try {
				text.setFont(counts.getFont());
				text.setText(counts.getText());
				text.setWidth(bounds.width);
				assertTrue(text.getBounds().height <= bounds.height, "the counts need " + text.getBounds().height
						+ " pixels and have " + bounds.height + " at " + bounds.width + " wide: " + counts.getText());
			} finally {
				text.dispose();
			}
			return null;
		});
	}

	/** The buttons, texts and combos of the visible views that lie (partly) outside their view. */
	private static List<String> clippedControls(IWorkbenchPage page) {
		List<String> clipped = new ArrayList<>();
		for (var reference : page.getViewReferences()) {
			IViewPart view = reference.getView(false);
			if (view == null || !page.isPartVisible(view)) {
				continue;
			}
			Control top = firstControl(view);
			if (top == null) {
				continue;
			}
			Composite area = top.getParent();
			Rectangle visible = area.getDisplay().map(area, null, area.getClientArea());
			collect(top, visible, reference.getPartName(), clipped);
		}
		return clipped;
	}

	private static Control firstControl(IViewPart view) {
		Object control = view.getSite().getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class);
		if (control instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart part
				&& part.getWidget() instanceof Composite composite && composite.getChildren().length > 0) {
			return composite;
		}
		return null;
	}

	private static void collect(Control control, Rectangle visible, String part, List<String> clipped) {
		if (!control.isVisible()) {
			return;
		}
		if (control instanceof Button || control instanceof Text || control instanceof Combo) {
			Rectangle bounds = control.getDisplay().map(control.getParent(), null, control.getBounds());
			if (bounds.width > 0 && !visible.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1)) {
				String name = control instanceof Button b ? b.getText() : control.getClass().getSimpleName();
				clipped.add(part + ": " + name);
			}
			if (bounds.width > 0 && bounds.width < 8 && (control.getStyle() & SWT.CHECK) == 0) {
				clipped.add(part + ": " + control.getClass().getSimpleName() + " sin ancho");
			}
		}
		if (control instanceof Composite composite && !(control instanceof org.eclipse.swt.custom.ScrolledComposite)) {
			for (Control child : composite.getChildren()) {
				collect(child, visible, part, clipped);
			}
		}
	}
}
