// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.edit;

import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.emf.CommandStackActions;
import hn.siempleo.ui.handlers.SafeHandler;

/**
 * Editar &gt; Deshacer / Rehacer on the open model's command stack, the one history all editors share. The
 * menu item names what will be undone ("Deshacer Establecer Responsable").
 */
public abstract class UndoRedoHandler extends SafeHandler implements IElementUpdater {

	private final ModelSession session;
	private final ICommandService commands;
	private final ModelSessionListener refresher = ModelSessionListener.onChange(this::refresh);

	/**
	 * @param session the workbench's model session (injected, see {@code InjectingFactory})
	 * @param commands refreshes the menu labels
	 */
	protected UndoRedoHandler(ModelSession session, ICommandService commands) {
		this.session = session;
		this.commands = commands;
		session.addListener(refresher);
	}

	@Override
	public void dispose() {
		session.removeListener(refresher);
		super.dispose();
	}

	/** The id of the command this handler serves. */
	protected abstract String commandId();

	/** Whether the stack can go this way now. */
	protected abstract boolean possible(CommandStackActions actions);

	/** Goes this way. */
	protected abstract void perform(CommandStackActions actions);

	/** The menu label for the current state. */
	protected abstract String label(CommandStackActions actions);

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		CommandStackActions actions = actions();
		if (actions != null && possible(actions)) {
			perform(actions);
		}
		return null;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		CommandStackActions actions = actions();
		setBaseEnabled(actions != null && possible(actions));
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		CommandStackActions actions = actions();
		if (actions != null) {
			element.setText(label(actions));
		}
	}

	private CommandStackActions actions() {
		OpenModel model = session.current();
		return model == null ? null : new CommandStackActions(model.commandStack());
	}

	private void refresh() {
		setEnabled(null);
		if (commands != null) {
			commands.refreshElements(commandId(), null);
		}
	}

	/** Editar &gt; Deshacer (Ctrl+Z). */
	public static final class Undo extends UndoRedoHandler {
		@Inject
		public Undo(ModelSession session, ICommandService commands) {
			super(session, commands);
		}

		@Override
		protected String commandId() {
			return "org.eclipse.ui.edit.undo"; //$NON-NLS-1$
		}

		@Override
		protected boolean possible(CommandStackActions actions) {
			return actions.canUndo();
		}

		@Override
		protected void perform(CommandStackActions actions) {
			actions.undo();
		}

		@Override
		protected String label(CommandStackActions actions) {
			return actions.undoLabel();
		}
	}

	/** Editar &gt; Rehacer (Ctrl+Y). */
	public static final class Redo extends UndoRedoHandler {
		@Inject
		public Redo(ModelSession session, ICommandService commands) {
			super(session, commands);
		}

		@Override
		protected String commandId() {
			return "org.eclipse.ui.edit.redo"; //$NON-NLS-1$
		}

		@Override
		protected boolean possible(CommandStackActions actions) {
			return actions.canRedo();
		}

		@Override
		protected void perform(CommandStackActions actions) {
			actions.redo();
		}

		@Override
		protected String label(CommandStackActions actions) {
			return actions.redoLabel();
		}
	}
}
