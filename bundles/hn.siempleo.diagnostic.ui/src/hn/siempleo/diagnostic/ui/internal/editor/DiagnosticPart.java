// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.DiagnosticFigures;
import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors;
import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors.Page;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.model.Action;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import hn.siempleo.model.text.Formats;

/**
 * The diagnostic editor: a diagnostic of the open model chosen at the top, in three pages (Resumen, Criterios,
 * Brechas y acciones). Every change is a command on the model's editing domain, so it shares the workbench's undo
 * history and is saved with the model; the part follows every edit, undo and redo.
 */
public final class DiagnosticPart implements EditorContext {

	/** Quiet time after the last edit before the pages are refreshed, in milliseconds. */
	static final int REFRESH_MILLIS = 100;

	private final Runnable delayedRefresh = this::refresh;
	private final ModelSessionListener sessionListener = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			show(firstDiagnostic(), null, Page.SUMMARY);
		}

		@Override
		public void modelEdited(OpenModel model) {
			display.timerExec(REFRESH_MILLIS, delayedRefresh);
		}

		@Override
		public void dirtyChanged(OpenModel model) {
			updateDirty();
		}
	};
	private final Consumer<DiagnosticEditors.Request> requestListener = request -> show(request.diagnostic(),
			request.focus(), request.page());

	private ModelSession session;
	private DiagnosticEditors editors;
	private MPart part;
	private Display display;
	private Combo chooser;
	private Label info;
	private Label dirty;
	private CTabFolder tabs;
	private SummaryPage summary;
	private CriteriaPage criteria;
	private GapsPage gaps;
	private final List<Diagnostic> choices = new ArrayList<>();
	private Diagnostic diagnostic;

	@PostConstruct
	public void create(Composite parent, ModelSession modelSession, DiagnosticEditors diagnosticEditors, MPart mPart) {
		session = modelSession;
		editors = diagnosticEditors;
		part = mPart;
		display = parent.getDisplay();
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(body);
		header(body);
		tabs = WidgetIds.tag(new CTabFolder(body, SWT.TOP | SWT.FLAT), "diagnostic.tabs"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		summary = new SummaryPage(page(Messages.DiagnosticPart_summary), this);
		criteria = new CriteriaPage(page(Messages.DiagnosticPart_criteria), this);
		gaps = new GapsPage(page(Messages.DiagnosticPart_gaps), this);
		tabs.setSelection(0);
		session.addListener(sessionListener);
		editors.addListener(requestListener);
		DiagnosticEditors.Request request = editors.lastRequest();
		if (request != null && session.current() != null && contains(request.diagnostic())) {
			show(request.diagnostic(), request.focus(), request.page());
		} else {
			show(firstDiagnostic(), null, Page.SUMMARY);
		}
	}

	@Focus
	public void setFocus() {
		CTabItem item = tabs.getSelection();
		if (item != null && item.getControl() != null) {
			item.getControl().setFocus();
		} else {
			tabs.setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(sessionListener);
		editors.removeListener(requestListener);
		editors.shown(null);
		if (!display.isDisposed()) {
			display.timerExec(-1, delayedRefresh);
		}
	}

	@Override
	public OpenModel model() {
		return session.current();
	}

	@Override
	public Diagnostic diagnostic() {
		return diagnostic;
	}

	@Override
	public void execute(Command command) {
		OpenModel model = session.current();
		if (model != null && command.canExecute()) {
			model.commandStack().execute(command);
		}
	}

	@Override
	public void showCriterion(Assessment assessment) {
		tabs.setSelection(Page.CRITERIA.ordinal());
		criteria.select(assessment);
	}

	@Override
	public void showAction(Action action) {
		editors.showAction(action, session);
	}

	@Override
	public Shell shell() {
		return tabs.getShell();
	}

	/** Shows a diagnostic (null for none), then a page and an assessment when given. */
	void show(Diagnostic next, Assessment focus, Page page) {
		if (tabs.isDisposed()) {
			return;
		}
		boolean changed = next != diagnostic;
		diagnostic = next;
		editors.shown(next);
		summary.diagnosticChanged(changed);
		refresh();
		if (page != null) {
			tabs.setSelection(page.ordinal());
		}
		if (focus != null) {
			criteria.select(focus);
		}
	}

	private void header(Composite body) {
		Composite header = new Composite(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 0).applyTo(header);
		new Label(header, SWT.NONE).setText(Messages.DiagnosticPart_choose);
		chooser = WidgetIds.tag(new Combo(header, SWT.READ_ONLY | SWT.DROP_DOWN), "diagnostic.choice"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().hint(380, SWT.DEFAULT).applyTo(chooser);
		chooser.addListener(SWT.Selection, event -> {
			int index = chooser.getSelectionIndex();
			if (index >= 0 && index < choices.size()) {
				show(choices.get(index), null, null);
			}
		});
		info = WidgetIds.tag(new Label(header, SWT.NONE), "diagnostic.info"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(info);
		dirty = WidgetIds.tag(new Label(header, SWT.NONE), "diagnostic.dirty"); //$NON-NLS-1$
		dirty.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(dirty);
	}

	private Composite page(String title) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		Composite page = new Composite(tabs, SWT.NONE);
		item.setControl(page);
		return page;
	}

	private void refresh() {
		if (tabs.isDisposed()) {
			return;
		}
		OpenModel model = session.current();
		if (diagnostic != null && (model == null || !contains(diagnostic))) {
			diagnostic = firstDiagnostic();
			editors.shown(diagnostic);
			summary.diagnosticChanged(true);
		}
		fillChooser(model);
		info.setText(diagnostic == null ? Messages.DiagnosticPart_none : infoText(diagnostic));
		part.setLabel(diagnostic == null ? Messages.DiagnosticPart_title
				: NLS.bind(Messages.DiagnosticPart_titleOf, diagnostic.getCode()));
		updateDirty();
		summary.refresh();
		criteria.refresh();
		gaps.refresh();
		info.getParent().layout(true);
	}

	private void fillChooser(OpenModel model) {
		choices.clear();
		if (model != null) {
			choices.addAll(Labels.allDiagnostics(model.workspace()));
		}
		String[] items = choices.stream().map(d -> (d.eContainer() instanceof Diagnostic ? "    " : "") //$NON-NLS-1$ //$NON-NLS-2$
				+ Labels.diagnostic(d)).toArray(String[]::new);
		if (!List.of(items).equals(List.of(chooser.getItems()))) {
			chooser.setItems(items);
		}
		int index = choices.indexOf(diagnostic);
		if (index >= 0) {
			chooser.select(index);
		} else {
			chooser.deselectAll();
		}
	}

	private void updateDirty() {
		OpenModel model = session.current();
		boolean isDirty = model != null && model.isDirty();
		if (!dirty.isDisposed()) {
			dirty.setText(isDirty ? Messages.DiagnosticPart_dirty : ""); //$NON-NLS-1$
			dirty.getParent().layout(true);
		}
		part.setDirty(isDirty);
	}

	private static String infoText(Diagnostic diagnostic) {
		String scope = diagnostic.getScope() == DiagnosticScope.OFFICE && diagnostic.getOffice() != null
				? NLS.bind(Messages.DiagnosticPart_office, diagnostic.getOffice().getName())
				: Messages.DiagnosticPart_national;
		String text = diagnostic.getDate() == null ? scope
				: NLS.bind(Messages.DiagnosticPart_dated, scope, Formats.date(diagnostic.getDate()));
		if (diagnostic.isFollowUp() && diagnostic.getBaseline() != null) {
			text = NLS.bind(Messages.DiagnosticPart_followUpOf, text, diagnostic.getBaseline().getCode());
		}
		return text;
	}

	private boolean contains(Diagnostic candidate) {
		OpenModel model = session.current();
		return candidate != null && model != null && DiagnosticFigures.workspaceOf(candidate) == model.workspace();
	}

	private Diagnostic firstDiagnostic() {
		OpenModel model = session.current();
		if (model == null || model.workspace().getDiagnostics().isEmpty()) {
			return null;
		}
		return model.workspace().getDiagnostics().get(0);
	}

	/** The page controls, for tests. */
	List<Control> pages() {
		return List.of(summary.control(), criteria.control(), gaps.control());
	}
}
