// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.text.Labels;

/**
 * What a login role may change, as the server's row-level security decides it, read once when a plan is opened:
 * whether the role is central, the offices it plans for, and the office rules (siempleo.office_rule: which
 * reference of a class names its offices, or that it takes its container's). The client only explains with it
 * (greys out, says why); the server enforces the same rules on every write.
 */
final class Rights {

	private record Rule(boolean container, String feature) {
	}

	private final String role;
	private final boolean central;
	private final Set<String> myOffices;
	private final Map<String, Rule> rules;

	private Rights(String role, boolean central, Set<String> myOffices, Map<String, Rule> rules) {
		this.role = role;
		this.central = central;
		this.myOffices = myOffices;
		this.rules = rules;
	}

	/** The rights of the connection's role; everything allowed when the server cannot be asked (it still decides). */
	static Rights of(Connection c, String role) {
		if (c == null) {
			return new Rights(role, true, Set.of(), Map.of());
		}
		try (Statement st = c.createStatement()) {
			boolean central;
			Set<String> mine = new LinkedHashSet<>();
			try (ResultSet rs = st.executeQuery("SELECT siempleo.is_central(), siempleo.my_offices()::text[]")) { //$NON-NLS-1$
				rs.next();
				central = rs.getBoolean(1);
				Array offices = rs.getArray(2);
				if (offices != null) {
					for (Object id : (Object[]) offices.getArray()) {
						mine.add((String) id);
					}
				}
			}
			Map<String, Rule> rules = new HashMap<>();
			try (ResultSet rs = st.executeQuery("SELECT eclass, kind, feature FROM siempleo.office_rule")) { //$NON-NLS-1$
				while (rs.next()) {
					rules.put(rs.getString(1), new Rule("container".equals(rs.getString(2)), rs.getString(3))); //$NON-NLS-1$
				}
			}
			return new Rights(role, central, mine, rules);
		} catch (SQLException e) {
			return new Rights(role, true, Set.of(), Map.of());
		}
	}

	/** Whether the role is central (or could not be asked: then the server decides on each write). */
	boolean isCentral() {
		return central;
	}

	/** Why this role may not change an object, in Spanish; null when it may. {@code objects} finds objects by id. */
	String whyReadOnly(EObject object, Function<String, EObject> objects) {
		if (central) {
			return null;
		}
		Rule rule = rules.get(ObjectCodec.classUri(object.eClass()));
		if (rule == null) {
			return NLS.bind(Messages.Rights_centralOnly, new Object[] { what(object), role, offices(myOfficeObjects(objects)) });
		}
		List<EObject> offices = officesOf(object, 0);
		for (EObject office : offices) {
			if (myOffices.contains(ObjectCodec.idOf(office))) {
				return null;
			}
		}
		return NLS.bind(Messages.Rights_otherOffice, new Object[] { what(object), offices(offices), role,
				offices(myOfficeObjects(objects)) });
	}

	private List<EObject> officesOf(EObject object, int depth) {
		Rule rule = rules.get(ObjectCodec.classUri(object.eClass()));
		if (rule == null || depth > 20) {
			return List.of();
		}
		if (rule.container()) {
			return object.eContainer() == null ? List.of() : officesOf(object.eContainer(), depth + 1);
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(rule.feature());
		if (feature == null) {
			return List.of();
		}
		Object value = object.eGet(feature);
		List<EObject> offices = new ArrayList<>();
		if (value instanceof Collection<?> many) {
			many.forEach(v -> offices.add((EObject) v));
		} else if (value instanceof EObject one) {
			offices.add(one);
		}
		return offices;
	}

	private List<EObject> myOfficeObjects(Function<String, EObject> objects) {
		List<EObject> offices = new ArrayList<>();
		for (String id : myOffices) {
			EObject office = objects.apply(id);
			if (office != null) {
				offices.add(office);
			}
		}
		return offices;
	}

	/** E.g. "Acción AC-05": the kind and the element's key. */
	private static String what(EObject object) {
		return Labels.describe(object);
	}

	/** "la oficina OF-02", "las oficinas OF-01, OF-02" or "ninguna oficina". */
	private static String offices(List<EObject> offices) {
		List<String> codes = new ArrayList<>();
		for (EObject office : offices) {
			EStructuralFeature code = office.eClass().getEStructuralFeature("code"); //$NON-NLS-1$
			Object value = code == null ? null : office.eGet(code);
			codes.add(value == null ? Labels.describe(office) : value.toString());
		}
		if (codes.isEmpty()) {
			return Messages.Rights_noOffice;
		}
		return codes.size() == 1 ? NLS.bind(Messages.Rights_oneOffice, codes.get(0))
				: NLS.bind(Messages.Rights_offices, String.join(", ", codes)); //$NON-NLS-1$
	}
}
