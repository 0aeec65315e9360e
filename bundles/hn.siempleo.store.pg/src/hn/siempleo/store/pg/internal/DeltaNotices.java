// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.text.Labels;
import hn.siempleo.store.pg.SharedPlan.Kind;
import hn.siempleo.store.pg.SharedPlan.Notice;

/** The Spanish texts of what the server did with a delta, and of remote changes. */
final class DeltaNotices {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"); //$NON-NLS-1$

	private DeltaNotices() {
	}

	static Notice conflict(List<Conflict> conflicts, Command command, Map<String, EObject> objects) {
		List<String> parts = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		boolean refusedOnly = true;
		for (Conflict conflict : conflicts) {
			String label = label(conflict.mine().id(), conflict.mine().eclass(), objects);
			ids.add(conflict.mine().id());
			EObject object = objects.get(conflict.mine().id());
			conflict.rejectedValues().forEach((feature, value) -> rejected.add(NLS.bind(Messages.DeltaNotices_value,
					new Object[] { label, featureLabel(object, feature), shown(object, feature, value, objects) })));
			if (conflict.refused()) {
				parts.add(NLS.bind(Messages.DeltaNotices_refusedObject, label));
			} else {
				refusedOnly = false;
				Set<String> features = conflict.changedByOthers();
				parts.add(NLS.bind(Messages.DeltaNotices_conflictObject, new Object[] { conflict.theirs().changedBy(), label,
						when(conflict.theirs().changedAt()), features.isEmpty() ? "-" //$NON-NLS-1$
								: String.join(", ", features.stream().map(f -> featureLabel(object, f)).toList()) })); //$NON-NLS-1$
			}
		}
		String what = what(command);
		String message = NLS.bind(refusedOnly ? Messages.DeltaNotices_refused : Messages.DeltaNotices_conflict, what,
				String.join("; ", parts)); //$NON-NLS-1$
		if (!rejected.isEmpty()) {
			message += " " + NLS.bind(Messages.DeltaNotices_rejectedValues, String.join("; ", rejected)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Notice(refusedOnly ? Kind.REFUSED : Kind.CONFLICT, message, ids, rejected);
	}

	static Notice failure(SQLException e, Delta delta, OpenModel model, Map<String, EObject> objects) {
		String state = e.getSQLState();
		List<String> ids = List.copyOf(delta.ids());
		if (PlanTables.SQLSTATE_RLS.equals(state)) {
			String first = delta.inserts().isEmpty() ? ids.get(0) : delta.inserts().get(0).id();
			String eclass = delta.inserts().isEmpty() ? "" : delta.inserts().get(0).eclass(); //$NON-NLS-1$
			return new Notice(Kind.REFUSED, NLS.bind(Messages.DeltaNotices_refusedInsert, label(first, eclass, objects)), ids,
					List.of());
		}
		if (PlanTables.SQLSTATE_DUPLICATE.equals(state)) {
			return new Notice(Kind.REFUSED, NLS.bind(Messages.DeltaNotices_duplicate, e.getMessage()), ids, List.of());
		}
		return new Notice(Kind.REFUSED, NLS.bind(Messages.SharedSession_unreachable, e.getMessage()), ids, List.of());
	}

	static Notice remote(List<Row> rows, Map<String, Row> before, Map<String, EObject> objects) {
		Set<String> parts = new LinkedHashSet<>();
		for (Row row : rows) {
			Row old = before.get(row.id());
			String label = label(row.id(), row.eclass(), objects);
			String change = row.deleted() ? Messages.DeltaNotices_deleted
					: old == null ? Messages.DeltaNotices_created : String.join(", ", Conflict.differences(old, row)); //$NON-NLS-1$
			parts.add(NLS.bind(Messages.DeltaNotices_remoteObject,
					new Object[] { row.changedBy(), label, change, when(row.changedAt()) }));
		}
		return new Notice(Kind.REMOTE, NLS.bind(Messages.DeltaNotices_remote, String.join("; ", parts)), //$NON-NLS-1$
				rows.stream().map(Row::id).toList(), List.of());
	}

	/** What the user did, in their words: "Cambiar Persona responsable" for a plain set, else the command's label. */
	static String what(Command command) {
		if (command instanceof SetCommand set && set.getFeature() instanceof EStructuralFeature feature) {
			return NLS.bind(Messages.DeltaNotices_set, Labels.feature(feature));
		}
		return command == null || command.getLabel() == null ? Messages.DeltaNotices_change : command.getLabel();
	}

	/** The user's name of a stored feature of an object ("Persona responsable"), else the name as stored. */
	static String featureLabel(EObject object, String name) {
		EStructuralFeature feature = object == null ? null : object.eClass().getEStructuralFeature(name);
		return feature == null ? name : Labels.feature(feature);
	}

	/**
	 * A stored value as the user typed or chose it, to be entered again: referenced elements by their description,
	 * enumeration literals by their name, other values as stored (numbers, dates yyyy-mm-dd, texts).
	 */
	static String shown(EObject object, String name, Object value, Map<String, EObject> objects) {
		if (value == null) {
			return Messages.DeltaNotices_empty;
		}
		EStructuralFeature feature = object == null ? null : object.eClass().getEStructuralFeature(name);
		if (feature instanceof EReference) {
			List<String> targets = new ArrayList<>();
			for (Object id : value instanceof List<?> ids ? ids : List.of(value)) {
				EObject target = objects.get(String.valueOf(id));
				targets.add(target == null ? String.valueOf(id) : Labels.describe(target));
			}
			return targets.isEmpty() ? Messages.DeltaNotices_empty : String.join(", ", targets); //$NON-NLS-1$
		}
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum type
				&& value instanceof String literal && type.getEEnumLiteral(literal) != null) {
			return Labels.literal(type.getEEnumLiteral(literal).getInstance());
		}
		return String.valueOf(value);
	}

	static String when(OffsetDateTime at) {
		return at == null ? "?" : at.atZoneSameInstant(ZoneId.systemDefault()).format(WHEN); //$NON-NLS-1$
	}

	private static String label(String id, String eclass, Map<String, EObject> objects) {
		EObject object = objects.get(id);
		if (object != null) {
			return Labels.describe(object);
		}
		int slash = eclass.lastIndexOf('/');
		return (slash >= 0 ? eclass.substring(slash + 1) : eclass) + " " + id; //$NON-NLS-1$
	}
}
