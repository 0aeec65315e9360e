// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.resource.Resource;

import hn.siempleo.core.ModelStoreException;

/**
 * The rows one recorded change (a command, an undo or a redo) touches: new objects to insert, changed and
 * deleted ones to update under their known version. Positions among siblings are kept where still in order and
 * otherwise placed between neighbours, so inserting a child never rewrites its siblings' rows (which may belong
 * to other offices).
 */
record Delta(List<Row> inserts, List<Row> updates, Map<String, EObject> created) {

	boolean isEmpty() {
		return inserts.isEmpty() && updates.isEmpty();
	}

	/** Ids of every row of the delta. */
	Set<String> ids() {
		Set<String> ids = new LinkedHashSet<>();
		inserts.forEach(r -> ids.add(r.id()));
		updates.forEach(r -> ids.add(r.id()));
		return ids;
	}

	static Delta of(ChangeDescription change, Resource resource, Map<String, Row> stored, ObjectCodec codec)
			throws ModelStoreException {
		Set<EObject> candidates = new LinkedHashSet<>();
		Map<EObject, Double> positions = new HashMap<>();
		for (Map.Entry<EObject, EList<FeatureChange>> entry : change.getObjectChanges()) {
			EObject object = entry.getKey();
			candidates.add(object);
			for (FeatureChange featureChange : entry.getValue()) {
				if (featureChange.getFeature() instanceof EReference reference && reference.isContainment()
						&& object.eResource() == resource) {
					List<EObject> children = children(object, reference);
					candidates.addAll(children);
					place(object, reference, children, stored, positions);
				}
			}
		}
		for (EObject added : change.getObjectsToDetach()) {
			addTree(added, candidates);
		}
		for (EObject removed : change.getObjectsToAttach()) {
			addTree(removed, candidates);
		}
		List<Row> inserts = new ArrayList<>();
		List<Row> updates = new ArrayList<>();
		Map<String, EObject> created = new HashMap<>();
		for (EObject object : candidates) {
			String id = ObjectCodec.idOf(object);
			Row base = stored.get(id);
			if (object.eResource() != resource) {
				if (base != null && !base.deleted()) {
					updates.add(base.asDeleted());
				}
				continue;
			}
			Row mine = codec.encode(object, position(object, base, positions));
			if (base == null) {
				inserts.add(mine);
				created.put(id, object);
			} else if (!mine.sameContent(base)) {
				updates.add(mine); // an undone delete brings a deleted row back
				if (base.deleted()) {
					created.put(id, object);
				}
			}
		}
		inserts.sort(Comparator.comparingInt(r -> depth(r, inserts)));
		return new Delta(inserts, updates, created);
	}

	private static void addTree(EObject root, Set<EObject> candidates) {
		candidates.add(root);
		root.eAllContents().forEachRemaining(candidates::add);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject parent, EReference reference) {
		Object value = parent.eGet(reference);
		if (reference.isMany()) {
			return new ArrayList<>((List<EObject>) value);
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static double position(EObject object, Row base, Map<EObject, Double> positions) {
		Double placed = positions.get(object);
		if (placed != null) {
			return placed;
		}
		if (base != null && !base.deleted()) {
			return base.pos();
		}
		EObject parent = object.eContainer();
		if (parent != null && object.eContainmentFeature().isMany()) {
			return ((List<?>) parent.eGet(object.eContainmentFeature())).indexOf(object);
		}
		return parent == null && object.eResource() != null ? object.eResource().getContents().indexOf(object) : 0;
	}

	/** Keeps stored positions that are still increasing; others go between their neighbours. */
	private static void place(EObject parent, EReference reference, List<EObject> children, Map<String, Row> stored,
			Map<EObject, Double> positions) {
		String parentId = ObjectCodec.idOf(parent);
		Double[] kept = new Double[children.size()];
		double last = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < children.size(); i++) {
			Row row = stored.get(ObjectCodec.idOf(children.get(i)));
			if (row != null && !row.deleted() && parentId.equals(row.container())
					&& reference.getName().equals(row.feature()) && row.pos() > last) {
				kept[i] = row.pos();
				last = row.pos();
			}
		}
		last = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < children.size(); i++) {
			double pos;
			if (kept[i] != null && kept[i] > last) {
				pos = kept[i];
			} else {
				Double next = null;
				for (int j = i + 1; j < children.size() && next == null; j++) {
					if (kept[j] != null && kept[j] > last) {
						next = kept[j];
					}
				}
				if (next == null) {
					pos = last == Double.NEGATIVE_INFINITY ? 0 : Math.floor(last) + 1;
				} else {
					pos = last == Double.NEGATIVE_INFINITY ? next - 1 : (last + next) / 2;
				}
			}
			positions.put(children.get(i), pos);
			last = pos;
		}
	}

	private static int depth(Row row, List<Row> rows) {
		int depth = 0;
		String container = row.container();
		while (container != null && depth < 1000) {
			String c = container;
			Row parent = rows.stream().filter(r -> r.id().equals(c)).findFirst().orElse(null);
			if (parent == null) {
				break;
			}
			depth++;
			container = parent.container();
		}
		return depth;
	}
}
