// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Groups at the top, their findings below; the input is a {@code List<FindingGroup>}. Like the platform's
 * Problems view, a group shows at most {@link #LIMIT} findings, then one {@link MoreFindings} node, so a big
 * model's thousands of findings do not freeze the tree.
 */
final class ProblemsContentProvider implements ITreeContentProvider {

	/** The most findings shown per group. */
	static final int LIMIT = 1000;

	/**
	 * Stands for the findings of a group beyond {@link ProblemsContentProvider#LIMIT}.
	 *
	 * @param error whether they are errors (which keeps the two groups' nodes apart)
	 * @param hidden how many are not shown
	 */
	record MoreFindings(boolean error, int hidden) {
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> groups ? groups.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof FindingGroup group)) {
			return new Object[0];
		}
		List<Finding> findings = group.findings();
		if (findings.size() <= LIMIT) {
			return findings.toArray();
		}
		List<Object> shown = new ArrayList<>(findings.subList(0, LIMIT));
		shown.add(new MoreFindings(group.error(), findings.size() - LIMIT));
		return shown.toArray();
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof FindingGroup;
	}
}
