// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An object another session changed since this one read it: what this session had ({@code base}), what it
 * wanted to write ({@code mine}) and what the server has now ({@code theirs}, null when the server refused the
 * write for lack of rights).
 */
record Conflict(Row base, Row mine, Row theirs) {

	/** Whether the server refused the write for lack of rights rather than for a newer version. */
	boolean refused() {
		return theirs == null;
	}

	/** Features the other session changed (names), in a stable order. */
	Set<String> changedByOthers() {
		return differences(base, theirs);
	}

	/** The values this session tried to write, by feature name, for the features it changed. */
	Map<String, Object> rejectedValues() {
		Map<String, Object> values = new LinkedHashMap<>();
		for (String feature : differences(base, mine)) {
			values.put(feature, mine == null ? null : mine.value(feature));
		}
		return values;
	}

	static Set<String> differences(Row a, Row b) {
		Set<String> names = new LinkedHashSet<>();
		if (a == null || b == null) {
			return names;
		}
		collect(a.attrs(), b.attrs(), names);
		collect(a.refs(), b.refs(), names);
		if (a.deleted() != b.deleted()) {
			names.add("(eliminado)"); //$NON-NLS-1$
		}
		return names;
	}

	private static void collect(Map<String, Object> a, Map<String, Object> b, Set<String> names) {
		for (String key : a.keySet()) {
			if (!Objects.equals(a.get(key), b.get(key))) {
				names.add(key);
			}
		}
		for (String key : b.keySet()) {
			if (!a.containsKey(key)) {
				names.add(key);
			}
		}
	}
}
