// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.osgi.service.component.annotations.Component;

import hn.siempleo.diagnostic.ui.DiagnosticUiIds;
import hn.siempleo.model.Action;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * What the diagnostic editor shows, and the way to ask it to show something else: opening a diagnostic (from the
 * explorer, a handler, the tracker) sets the request, switches to the Diagnóstico perspective, shows the editor
 * and tells it. The editor reports back which diagnostic it shows, so that handlers act on it. An OSGi service;
 * use on the UI thread.
 */
@Component(service = DiagnosticEditors.class)
public final class DiagnosticEditors {

	/** The editor's pages. */
	public enum Page {
		/** Resumen. */
		SUMMARY,
		/** Criterios. */
		CRITERIA,
		/** Brechas y acciones. */
		GAPS
	}

	/**
	 * A request to show a diagnostic.
	 *
	 * @param diagnostic the diagnostic
	 * @param focus an assessment of it to select, or null
	 * @param page the page to show, or null to keep the current one
	 */
	public record Request(Diagnostic diagnostic, Assessment focus, Page page) {
	}

	private final List<Consumer<Request>> listeners = new CopyOnWriteArrayList<>();
	private Request last;
	private Diagnostic shown;

	/** Shows a diagnostic in the editor, opening it in the Diagnóstico perspective when needed. */
	public void open(Diagnostic diagnostic, Assessment focus, Page page) {
		last = new Request(diagnostic, focus, page);
		show();
		listeners.forEach(listener -> listener.accept(last));
	}

	/**
	 * Shows the editor in the Diagnóstico perspective (the one that gives it the whole width), with what it shows
	 * already, or else the last diagnostic asked for or the model's first.
	 */
	public void show() {
		IWorkbenchPage workbenchPage = showPerspective();
		if (workbenchPage != null) {
			try {
				workbenchPage.showView(DiagnosticUiIds.VIEW_EDITOR);
			} catch (PartInitException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
	}

	/** Shows an action in the plan tracker (selected) and in the explorer. */
	public void showAction(Action action, ModelSession session) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				page.showView(PlanUiIds.VIEW_TRACKER);
			} catch (PartInitException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
		session.showElement(action);
	}

	/** The last request, or null. */
	public Request lastRequest() {
		return last;
	}

	/** Hears requests; the editor registers while it lives. */
	public void addListener(Consumer<Request> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Request> listener) {
		listeners.remove(listener);
	}

	/** Called by the editor when it shows another diagnostic (null when none). */
	public void shown(Diagnostic diagnostic) {
		shown = diagnostic;
	}

	/** The diagnostic the editor shows, or null when it is closed or empty. */
	public Diagnostic shown() {
		return shown;
	}

	private static IWorkbenchPage showPerspective() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return null;
		}
		try {
			IWorkbenchPage page = window.getActivePage();
			if (page == null || page.getPerspective() == null
					|| !WorkbenchIds.PERSPECTIVE_DIAGNOSTIC.equals(page.getPerspective().getId())) {
				PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_DIAGNOSTIC, window);
			}
		} catch (WorkbenchException e) {
			ILog.of(DiagnosticEditors.class).log(e.getStatus());
		}
		return window.getActivePage();
	}
}
