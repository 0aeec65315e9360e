// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import hn.siempleo.ui.ElementOpener;

/** The registered {@link ElementOpener}s, highest {@code service.ranking} first, as the explorer asks them. */
@Component(service = ElementOpeners.class)
public final class ElementOpeners {

	private record Ranked(ElementOpener opener, int ranking) {
	}

	private final List<Ranked> openers = new ArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	synchronized void addOpener(ElementOpener opener, Map<String, Object> properties) {
		int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer value ? value : 0;
		openers.add(new Ranked(opener, ranking));
		openers.sort(Comparator.comparingInt(Ranked::ranking).reversed());
	}

	synchronized void removeOpener(ElementOpener opener) {
		openers.removeIf(ranked -> ranked.opener() == opener);
	}

	/** The first opener that can open the element. */
	public synchronized Optional<ElementOpener> forElement(EObject element) {
		return openers.stream().map(Ranked::opener).filter(opener -> opener.canOpen(element)).findFirst();
	}
}
