// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import hn.siempleo.model.Workspace;
import hn.siempleo.ui.emf.AdapterFactoryContentProvider;

/**
 * The model's tree as item providers give it, except that the root's lists appear as folders, one per
 * containment feature, so seventeen offices do not drown the three axes.
 */
final class ExplorerContentProvider extends AdapterFactoryContentProvider {

	private final Map<EReference, FeatureGroup> groups = new LinkedHashMap<>();
	private final List<ContributedFolder> contributed = new ArrayList<>();
	private Workspace root;

	ExplorerContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Workspace workspace) {
			if (workspace != root) {
				root = workspace;
				groups.clear();
				for (EReference feature : workspace.eClass().getEAllContainments()) {
					groups.put(feature, new FeatureGroup(workspace, feature));
				}
				contributed.clear();
				contributed.addAll(ContributedFolder.of(workspace));
			}
			List<Object> elements = new ArrayList<>(groups.values());
			elements.addAll(contributed);
			return elements.toArray();
		}
		return super.getElements(input);
	}

	/** The folders of the root's lists ("Oficinas (17)"). */
	List<FeatureGroup> featureGroups() {
		return List.copyOf(groups.values());
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof FeatureGroup group) {
			return group.elements().toArray();
		}
		if (parent instanceof ContributedFolder folder) {
			return folder.elements().toArray();
		}
		return super.getChildren(parent);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof FeatureGroup group) {
			return !group.elements().isEmpty();
		}
		if (element instanceof ContributedFolder folder) {
			return !folder.elements().isEmpty();
		}
		return super.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof FeatureGroup || element instanceof ContributedFolder) {
			return root;
		}
		for (ContributedFolder folder : contributed) {
			if (folder.elements().contains(element)) {
				return folder;
			}
		}
		if (element instanceof EObject object && object.eContainer() == root && root != null) {
			return groups.get(object.eContainmentFeature());
		}
		return super.getParent(element);
	}

	/** The folders plug-ins contribute, as shown now. */
	List<ContributedFolder> contributedFolders() {
		return List.copyOf(contributed);
	}

	/** The path from the root to an element, for revealing it. */
	List<Object> pathTo(EObject element) {
		List<Object> path = new ArrayList<>();
		for (Object current = element; current != null && current != root; current = getParent(current)) {
			path.add(0, current);
		}
		return path;
	}
}
