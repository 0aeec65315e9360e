// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;

import hn.siempleo.model.logic.ActionFilter;
import hn.siempleo.ui.ActionListFilterHolder;

/** The workbench's one filter of the Acciones list. */
@Component(service = ActionListFilterHolder.class)
public final class DefaultActionListFilterHolder implements ActionListFilterHolder {

	private final List<Consumer<ActionFilter>> listeners = new CopyOnWriteArrayList<>();
	private ActionFilter current = ActionFilter.all();

	@Override
	public ActionFilter current() {
		return current;
	}

	@Override
	public void set(ActionFilter filter) {
		current = Objects.requireNonNull(filter, "filter");
		listeners.forEach(listener -> listener.accept(filter));
	}

	@Override
	public void addListener(Consumer<ActionFilter> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Consumer<ActionFilter> listener) {
		listeners.remove(listener);
	}
}
