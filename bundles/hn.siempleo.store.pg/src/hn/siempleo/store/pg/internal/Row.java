// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * One object as stored: what the client writes ({@code container} to {@code refs}) and what the server stamps
 * ({@code version}, {@code changedBy}, {@code changedAtMicros}). Immutable.
 */
record Row(String id, String eclass, String container, String feature, double pos, Map<String, Object> attrs,
		Map<String, Object> refs, boolean deleted, long version, String changedBy, long changedAtMicros) {

	/** A row as the client would write it, before the server has stamped it. */
	static Row local(String id, String eclass, String container, String feature, double pos, Map<String, Object> attrs,
			Map<String, Object> refs) {
		return new Row(id, eclass, container, feature, pos, attrs, refs, false, 0, null, 0);
	}

	/** When the server stamped this row, or null for a row not written yet. */
	OffsetDateTime changedAt() {
		if (changedBy == null) {
			return null;
		}
		Instant at = Instant.EPOCH.plus(changedAtMicros, ChronoUnit.MICROS);
		return at.atOffset(ZoneOffset.UTC);
	}

	/** Whether the client-written part equals that of {@code other}. */
	boolean sameContent(Row other) {
		return other != null && deleted == other.deleted && pos == other.pos && eclass.equals(other.eclass)
				&& Objects.equals(container, other.container) && Objects.equals(feature, other.feature)
				&& attrs.equals(other.attrs) && refs.equals(other.refs);
	}

	/** This content with the server's stamp. */
	Row stamped(long newVersion, String by, long at) {
		return new Row(id, eclass, container, feature, pos, attrs, refs, deleted, newVersion, by, at);
	}

	/** This row marked deleted. */
	Row asDeleted() {
		return new Row(id, eclass, container, feature, pos, attrs, refs, true, version, changedBy, changedAtMicros);
	}

	/** The value of a feature, attribute or reference. */
	Object value(String name) {
		return attrs.containsKey(name) ? attrs.get(name) : refs.get(name);
	}
}
