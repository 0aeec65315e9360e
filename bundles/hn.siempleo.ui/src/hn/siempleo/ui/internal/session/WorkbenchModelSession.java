// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.session;

import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;

/**
 * The workbench's model session; the file handlers replace its model. The model it replaces, and the one open
 * when the workbench ends, is closed through the model service (a shared plan's connections are released).
 */
@Component(service = { ModelSession.class, ModelSessionWriter.class })
public final class WorkbenchModelSession implements ModelSessionWriter {

	private final List<ModelSessionListener> listeners = new CopyOnWriteArrayList<>();
	private final CommandStackListener stackListener = this::commandStackChanged;
	private OpenModel current;
	private boolean lastDirty;

	@Reference
	private ModelService models;

	@Override
	public OpenModel current() {
		return current;
	}

	@Override
	public void replace(OpenModel model) {
		OpenModel previous = current;
		if (previous != null) {
			previous.commandStack().removeCommandStackListener(stackListener);
		}
		current = model;
		lastDirty = model != null && model.isDirty();
		if (model != null) {
			model.commandStack().addCommandStackListener(stackListener);
		}
		listeners.forEach(l -> l.modelReplaced(model));
		listeners.forEach(l -> l.dirtyChanged(model));
		if (previous != null && previous != model) {
			models.close(previous);
		}
	}

	/** The workbench ends (the component goes): the open model is closed. */
	@Deactivate
	void deactivate() {
		if (current != null) {
			current.commandStack().removeCommandStackListener(stackListener);
			models.close(current);
			current = null;
		}
	}

	@Override
	public void savedOrMoved() {
		lastDirty = current != null && current.isDirty();
		listeners.forEach(l -> l.dirtyChanged(current));
	}

	@Override
	public void addListener(ModelSessionListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(ModelSessionListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void showElement(EObject element) {
		listeners.forEach(l -> l.elementShown(element));
	}

	private void commandStackChanged(EventObject event) {
		OpenModel model = current;
		if (model == null) {
			return;
		}
		Runnable notify = () -> {
			if (model != current) {
				return;
			}
			listeners.forEach(l -> l.modelEdited(model));
			boolean dirty = model.isDirty();
			if (dirty != lastDirty) {
				lastDirty = dirty;
				listeners.forEach(l -> l.dirtyChanged(model));
			}
		};
		Display display = Display.getCurrent();
		if (display != null) {
			notify.run();
		} else {
			Display.getDefault().asyncExec(notify);
		}
	}
}
