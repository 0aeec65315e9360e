// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.store.pg.ServerAddress;

/**
 * Builds a model from the rows of a plan (one snapshot), and applies later rows to it. Rows of classes that are
 * not installed (a plug-in missing) are left on the server, untouched, and counted.
 */
final class PlanLoader {

	private static final Comparator<Row> BY_FEATURE_AND_POSITION = Comparator
			.comparing(Row::feature, Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparingDouble(Row::pos);

	private final ObjectCodec codec;

	PlanLoader(ObjectCodec codec) {
		this.codec = codec;
	}

	LoadedPlan load(Connection c, ServerAddress server, String planName, Resource resource) throws SQLException, ModelStoreException {
		PlanTables.Plan plan = PlanTables.plan(c, planName);
		if (plan == null) {
			throw new ModelStoreException(NLS.bind(Messages.PgModelStore_noPlan, planName, server.display()), null);
		}
		// each object is created with its attributes beside the fetch, on the thread that decodes its row
		PlanTables.Snapshot snapshot = PlanTables.load(c, plan.id(), new PlanTables.Maker() {
			@Override
			public void prepare(String eclass) {
				codec.prepare(eclass);
			}

			@Override
			public Object make(Row row) {
				try {
					EObject object = codec.create(row);
					ObjectCodec.applyAttributes(object, row);
					return object;
				} catch (ModelStoreException e) {
					return null; // a class that is not installed: the row stays on the server
				}
			}
		});
		Map<String, Row> stored = new HashMap<>(snapshot.rows().size() * 2);
		Map<String, EObject> objects = new HashMap<>(snapshot.rows().size() * 2);
		int skipped = 0;
		for (int i = 0; i < snapshot.rows().size(); i++) {
			Row row = snapshot.rows().get(i);
			stored.put(row.id(), row);
			EObject object = (EObject) snapshot.made().get(i);
			if (object == null) {
				skipped++;
			} else {
				objects.put(row.id(), object);
			}
		}
		// children by container, each list in position order: sorted here rather than by the server (a sort of
		// every row of the plan there, often on disk, costs more than these per-parent sorts)
		Map<String, List<Row>> children = new HashMap<>();
		List<Row> roots = new ArrayList<>();
		for (Row row : snapshot.rows()) {
			if (row.container() == null) {
				roots.add(row);
			} else {
				children.computeIfAbsent(row.container(), k -> new ArrayList<>()).add(row);
			}
		}
		for (Map.Entry<String, List<Row>> entry : children.entrySet()) {
			EObject parent = objects.get(entry.getKey());
			if (parent == null) {
				continue;
			}
			List<Row> list = entry.getValue();
			list.sort(BY_FEATURE_AND_POSITION);
			for (Row row : list) {
				EObject object = objects.get(row.id());
				if (object != null) {
					attach(parent, row.feature(), object);
				}
			}
		}
		roots.sort(BY_FEATURE_AND_POSITION);
		for (Row row : snapshot.rows()) {
			EObject object = objects.get(row.id());
			if (object != null) {
				ObjectCodec.applyReferences(object, row, objects::get, true);
			}
		}
		EObject root = objects.get(plan.root().toString());
		if (root == null) {
			throw new ModelStoreException(NLS.bind(Messages.PgModelStore_noRoot, planName), null);
		}
		resource.getContents().add(root);
		for (Row row : roots) { // roots of model extensions, by position
			EObject object = objects.get(row.id());
			if (object != null && object != root) {
				resource.getContents().add(object);
			}
		}
		return new LoadedPlan(server, plan.id(), planName, stored, objects, snapshot.xmin(), skipped);
	}

	@SuppressWarnings("unchecked")
	private static void attach(EObject parent, String featureName, EObject child) {
		EStructuralFeature feature = parent.eClass().getEStructuralFeature(featureName);
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			return;
		}
		if (reference.isMany()) {
			((InternalEList<EObject>) parent.eGet(reference)).addUnique(child);
		} else {
			parent.eSet(reference, child);
		}
	}

	/**
	 * Applies newer rows of other sessions to a loaded model: creates, changes, moves and removes objects.
	 * {@code stored} is updated with the rows.
	 */
	void apply(List<Row> rows, Map<String, Row> stored, Map<String, EObject> objects, Resource resource) {
		List<Row> live = new ArrayList<>();
		Map<String, Row> previous = new HashMap<>();
		for (Row row : rows) {
			Row old = stored.put(row.id(), row);
			if (old != null) {
				previous.put(row.id(), old);
			}
			if (row.deleted()) {
				continue;
			}
			EObject object = objects.get(row.id());
			if (object == null) {
				try {
					object = codec.create(row);
				} catch (ModelStoreException e) {
					continue;
				}
				objects.put(row.id(), object);
			}
			ObjectCodec.applyAttributes(object, row);
			live.add(row);
		}
		for (Row row : live) {
			EObject object = objects.get(row.id());
			EObject parent = row.container() == null ? null : objects.get(row.container());
			Row old = previous.get(row.id());
			if (parent != null && object.eContainer() == parent && old != null && !old.deleted()
					&& row.container().equals(old.container()) && Objects.equals(row.feature(), old.feature()) && row.pos() == old.pos()) {
				continue; // where it was: no need to look among its siblings (100,000 actions in a big plan)
			}
			if (parent != null) {
				place(parent, row, object, stored);
			} else if (row.container() == null && object.eResource() != resource) {
				resource.getContents().add(object);
			}
		}
		for (Row row : live) {
			ObjectCodec.applyReferences(objects.get(row.id()), row, objects::get, false);
		}
		for (Row row : rows) {
			if (row.deleted()) {
				EObject object = objects.remove(row.id());
				if (object != null) {
					object.eAllContents().forEachRemaining(child -> objects.remove(ObjectCodec.idOf(child)));
					EcoreUtil.remove(object);
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static void place(EObject parent, Row row, EObject child, Map<String, Row> stored) {
		EStructuralFeature feature = parent.eClass().getEStructuralFeature(row.feature());
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			return;
		}
		if (!reference.isMany()) {
			if (parent.eGet(reference) != child) {
				parent.eSet(reference, child);
			}
			return;
		}
		EList<EObject> list = (EList<EObject>) parent.eGet(reference);
		int index = 0;
		for (EObject sibling : list) {
			Row siblingRow = stored.get(ObjectCodec.idOf(sibling));
			if (sibling != child && siblingRow != null && siblingRow.pos() < row.pos()) {
				index++;
			}
		}
		int current = list.indexOf(child);
		if (current < 0) {
			list.add(Math.min(index, list.size()), child);
		} else if (current != index) {
			list.move(Math.min(index, list.size() - 1), current);
		}
	}
}
