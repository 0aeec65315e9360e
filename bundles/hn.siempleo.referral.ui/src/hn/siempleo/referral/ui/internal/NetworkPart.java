// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Workspace;
import hn.siempleo.ui.Debouncer;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * What the Red y convenios parts share: they follow the model session (rebuilt when another model opens,
 * refreshed shortly after edits), scroll when the window is small (1366×768), and change the model only by
 * executing commands on the open model's command stack (one undo history, dirty marker and save through the
 * session).
 */
abstract class NetworkPart {

	/** The narrowest a part lays its contents out; a narrower view scrolls sideways. */
	private static final int MINIMUM_WIDTH = 640;

	protected ModelSession session;
	private Debouncer debouncer;
	private ModelSessionListener listener;
	private ScrolledComposite scroller;
	private Composite body;

	@PostConstruct
	public void create(Composite parent, ModelSession modelSession) {
		session = modelSession;
		debouncer = new Debouncer(parent.getDisplay(), Debouncer.EDIT_QUIET_MILLIS, this::refreshNow);
		listener = Debouncer.refreshing(debouncer);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(body);
		createContents(body);
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, e -> updateMinSize());
		session.addListener(listener);
		refreshNow();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		debouncer.cancel();
	}

	/** Builds the widgets inside a one-column grid. */
	protected abstract void createContents(Composite parent);

	/** Shows the model's current state; {@code workspace} is null when no model is open. */
	protected abstract void refresh(Workspace workspace);

	/** Refreshes at once (tests call it to skip the debounce). */
	public final void refreshNow() {
		if (body == null || body.isDisposed()) {
			return;
		}
		OpenModel model = session.current();
		refresh(model == null ? null : model.workspace());
		body.layout(true, true);
		updateMinSize();
	}

	/**
	 * Lays the body out at the view's width (never below {@link #MINIMUM_WIDTH}, where the part scrolls
	 * sideways) and as tall as it then needs, so it scrolls down rather than sideways.
	 */
	private void updateMinSize() {
		int width = Math.max(MINIMUM_WIDTH, scroller.getClientArea().width);
		scroller.setMinSize(MINIMUM_WIDTH, body.computeSize(width, SWT.DEFAULT).y);
	}

	/** Executes a command on the open model's stack; returns whether it ran. */
	protected final boolean execute(Command command) {
		OpenModel model = session.current();
		if (model == null || command == null || !command.canExecute()) {
			return false;
		}
		model.commandStack().execute(command);
		refreshNow();
		return true;
	}

	/** The open model, or null. */
	protected final OpenModel model() {
		return session.current();
	}

	/** Today for the open model. */
	protected final LocalDate today() {
		return Today.of(session.current());
	}

	/** A bold section heading; it wraps when the view is narrower than it. */
	protected static Label heading(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(label);
		return label;
	}

	/** A wrapping label tagged with an id. */
	protected static Label text(Composite parent, String id) {
		Label label = WidgetIds.tag(new Label(parent, SWT.WRAP), id);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(label);
		return label;
	}

	/** A table with lines and headers, tagged with an id, {@code rows} rows high. */
	protected static Table table(Composite parent, String id, int rows, int style) {
		Table table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | style), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false)
				.hint(600, table.getItemHeight() * rows + table.getHeaderHeight()).applyTo(table);
		return table;
	}

	/**
	 * Makes a table as tall as all its rows (at least one), after they were added: the part scrolls down
	 * rather than the table (the rows' height is known only once there are rows).
	 */
	protected static void showAllRows(Table table) {
		int height = table.getHeaderHeight() + Math.max(1, table.getItemCount()) * table.getItemHeight();
		if (table.getLayoutData() instanceof GridData grid) {
			grid.heightHint = height;
		} else {
			GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, height).applyTo(table);
		}
	}

	/**
	 * Replaces a table's columns; keeps them when they already have these headers, so a table scrolled
	 * sideways stays where it was when its rows are refreshed.
	 */
	protected static void columns(Table table, String... headers) {
		TableColumn[] current = table.getColumns();
		if (current.length == headers.length) {
			boolean same = true;
			for (int i = 0; i < headers.length && same; i++) {
				same = headers[i].equals(current[i].getText());
			}
			if (same) {
				return;
			}
		}
		for (TableColumn column : current) {
			column.dispose();
		}
		for (String header : headers) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(header);
		}
	}

	/** Packs every column of a table. */
	protected static void pack(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	/** Disposes a control's children. */
	protected static void clear(Composite composite) {
		for (Control child : composite.getChildren()) {
			child.dispose();
		}
	}
}
