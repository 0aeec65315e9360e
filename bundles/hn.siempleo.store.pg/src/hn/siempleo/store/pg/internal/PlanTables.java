// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The SQL of the shared store: plans, object rows, the delta of a command under optimistic locking, and what
 * changed since a snapshot. Every method runs on the connection it is given; callers own transactions.
 */
final class PlanTables {

	static final String SQLSTATE_RLS = "42501"; //$NON-NLS-1$
	static final String SQLSTATE_DUPLICATE = "23505"; //$NON-NLS-1$

	/** When a row was written, in microseconds since the epoch (a number is read faster than a timestamp's text). */
	private static final String CHANGED_AT = "(extract(epoch FROM changed_at) * 1000000)::bigint"; //$NON-NLS-1$
	private static final String COLUMNS = "id::text, eclass, container::text, feature, pos, attrs::text, refs::text, deleted, version, changed_by, " //$NON-NLS-1$
			+ CHANGED_AT;

	private PlanTables() {
	}

	/** A plan's id and name. */
	record Plan(UUID id, String name, UUID root, String publishedBy, OffsetDateTime publishedAt, long objects) {
	}

	/** Rows read in one snapshot, and the oldest transaction still running at that snapshot. */
	record Snapshot(List<Row> rows, List<Object> made, String xmin) {
	}

	static Plan plan(Connection c, String name) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(
				"SELECT id, name, root, published_by, published_at, 0 FROM siempleo.plan WHERE name = ?")) { //$NON-NLS-1$
			st.setString(1, name);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? plan(rs) : null;
			}
		}
	}

	static List<Plan> plans(Connection c) throws SQLException {
		List<Plan> plans = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
				"SELECT p.id, p.name, p.root, p.published_by, p.published_at, (SELECT count(*) FROM siempleo.object o WHERE o.plan_id = p.id AND NOT o.deleted)" //$NON-NLS-1$
						+ " FROM siempleo.plan p ORDER BY p.name")) { //$NON-NLS-1$
			while (rs.next()) {
				plans.add(plan(rs));
			}
		}
		return plans;
	}

	private static Plan plan(ResultSet rs) throws SQLException {
		return new Plan(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
				rs.getObject(5, OffsetDateTime.class), rs.getLong(6));
	}

	/** Inserts a plan and all its rows (parents before children); ids already on the server fail the insert. */
	static void publish(Connection c, UUID planId, String name, List<Row> rows) throws SQLException {
		try (PreparedStatement st = c.prepareStatement("INSERT INTO siempleo.plan (id, name, root) VALUES (?, ?, ?::uuid)")) { //$NON-NLS-1$
			st.setObject(1, planId);
			st.setString(2, name);
			st.setString(3, rows.get(0).id());
			st.executeUpdate();
		}
		try (PreparedStatement st = c.prepareStatement(INSERT)) {
			int n = 0;
			for (Row row : rows) {
				bindInsert(st, planId, row);
				st.addBatch();
				if (++n % 1000 == 0) {
					st.executeBatch();
				}
			}
			st.executeBatch();
		}
	}

	private static final String INSERT = "INSERT INTO siempleo.object (id, plan_id, eclass, container, feature, pos, attrs, refs, deleted)" //$NON-NLS-1$
			+ " VALUES (?::uuid, ?, ?, ?::uuid, ?, ?, ?::jsonb, ?::jsonb, ?)"; //$NON-NLS-1$

	private static void bindInsert(PreparedStatement st, UUID planId, Row row) throws SQLException {
		st.setString(1, row.id());
		st.setObject(2, planId);
		st.setString(3, row.eclass());
		st.setString(4, row.container());
		st.setString(5, row.feature());
		st.setDouble(6, row.pos());
		st.setString(7, Json.write(row.attrs()));
		st.setString(8, Json.write(row.refs()));
		st.setBoolean(9, row.deleted());
	}

	/** Every live row of a plan, in one snapshot (repeatable read), in no order (the loader orders siblings). */
	static Snapshot load(Connection c, UUID planId) throws SQLException {
		return load(c, planId, null);
	}

	/**
	 * Every live row of a plan, as {@link #load(Connection, UUID)}, and what {@code maker} makes of each row, called
	 * beside the fetch on another thread ({@link Snapshot#made()}, in the rows' order). {@code maker.prepare} is
	 * called on this thread, once per class, before any row of that class is made.
	 */
	static Snapshot load(Connection c, UUID planId, Maker maker) throws SQLException {
		return readSnapshot(c, "SELECT " + COLUMNS + " FROM siempleo.object WHERE plan_id = ? AND NOT deleted", //$NON-NLS-1$ //$NON-NLS-2$
				planId, null, maker);
	}

	/** Rows written by transactions that had not finished at the snapshot {@code xmin} (deleted rows included). */
	static Snapshot changedSince(Connection c, UUID planId, String xmin) throws SQLException {
		return readSnapshot(c, "SELECT " + COLUMNS + " FROM siempleo.object WHERE plan_id = ? AND tx >= ?::xid8", planId, xmin, //$NON-NLS-1$ //$NON-NLS-2$
				null);
	}

	/** Makes something of each row on a worker thread (e.g. its EObject); see {@link PlanTables#load(Connection, UUID, Maker)}. */
	interface Maker {
		/** Called on the reading thread once per class name, before the first row of that class is made. */
		void prepare(String eclass);

		/** Called on a worker thread; must touch only what it creates. */
		Object make(Row row);
	}

	private static Snapshot readSnapshot(Connection c, String sql, UUID planId, String xmin, Maker maker) throws SQLException {
		boolean auto = c.getAutoCommit();
		int isolation = c.getTransactionIsolation();
		c.setAutoCommit(false);
		c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try {
			String newXmin;
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) { //$NON-NLS-1$
				rs.next();
				newXmin = rs.getString(1);
			}
			// the JSON of each batch is decoded on another thread while the next batch comes from the server
			List<CompletableFuture<Decoded>> batches = new ArrayList<>();
			Map<String, String> shared = new HashMap<>();
			Set<String> prepared = new HashSet<>();
			try (PreparedStatement st = c.prepareStatement(sql)) {
				st.setFetchSize(BATCH);
				st.setObject(1, planId);
				if (xmin != null) {
					st.setString(2, xmin);
				}
				try (ResultSet rs = st.executeQuery()) {
					List<Raw> batch = new ArrayList<>();
					while (rs.next()) {
						Raw raw = raw(rs, shared);
						if (maker != null && prepared.add(raw.eclass())) {
							maker.prepare(raw.eclass());
						}
						batch.add(raw);
						if (batch.size() == BATCH) {
							batches.add(decode(batch, maker));
							batch = new ArrayList<>();
						}
					}
					if (!batch.isEmpty()) {
						batches.add(decode(batch, maker));
					}
				}
			}
			c.commit();
			List<Row> rows = new ArrayList<>();
			List<Object> made = maker == null ? null : new ArrayList<>();
			for (CompletableFuture<Decoded> batch : batches) {
				try {
					Decoded decoded = batch.join();
					rows.addAll(decoded.rows());
					if (made != null) {
						made.addAll(decoded.made());
					}
				} catch (CompletionException e) {
					throw e.getCause() instanceof RuntimeException r ? r : e;
				}
			}
			return new Snapshot(rows, made, newXmin);
		} finally {
			c.setAutoCommit(auto);
			c.setTransactionIsolation(isolation);
		}
	}

	static Row row(Connection c, String id) throws SQLException {
		try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM siempleo.object WHERE id = ?::uuid")) { //$NON-NLS-1$ //$NON-NLS-2$
			st.setString(1, id);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? row(rs, new HashMap<>()) : null;
			}
		}
	}

	/** Rows fetched per round trip, and decoded per task. */
	private static final int BATCH = 5000;

	/** A row as read, its JSON columns not decoded yet. */
	private record Raw(String id, String eclass, String container, String feature, double pos, String attrs, String refs,
			boolean deleted, long version, String changedBy, long changedAt) {

		Row decode() {
			return new Row(id, eclass, container, feature, pos, Json.read(attrs), Json.read(refs), deleted, version,
					changedBy, changedAt);
		}
	}

	/** Class, feature and author names are kept once per read ({@code shared}), not once per row. */
	private static Raw raw(ResultSet rs, Map<String, String> shared) throws SQLException {
		return new Raw(rs.getString(1), one(shared, rs.getString(2)), rs.getString(3), one(shared, rs.getString(4)),
				rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getLong(9),
				one(shared, rs.getString(10)), rs.getLong(11));
	}

	private record Decoded(List<Row> rows, List<Object> made) {
	}

	private static CompletableFuture<Decoded> decode(List<Raw> batch, Maker maker) {
		return CompletableFuture.supplyAsync(() -> {
			List<Row> rows = new ArrayList<>(batch.size());
			List<Object> made = maker == null ? null : new ArrayList<>(batch.size());
			for (Raw raw : batch) {
				Row row = raw.decode();
				rows.add(row);
				if (made != null) {
					made.add(maker.make(row));
				}
			}
			return new Decoded(rows, made);
		});
	}

	private static Row row(ResultSet rs, Map<String, String> shared) throws SQLException {
		return raw(rs, shared).decode();
	}

	private static String one(Map<String, String> shared, String value) {
		return value == null ? null : shared.computeIfAbsent(value, v -> v);
	}

	/** Inserts a new row; returns it stamped. */
	static Row insert(Connection c, UUID planId, Row row) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(INSERT + " RETURNING version, changed_by, " + CHANGED_AT)) { //$NON-NLS-1$
			bindInsert(st, planId, row);
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return row.stamped(rs.getLong(1), rs.getString(2), rs.getLong(3));
			}
		}
	}

	/**
	 * Updates a row if the server still has {@code expectedVersion}; returns it stamped, or null when another
	 * session changed it first or the role may not change it (row-level security hides it from the update).
	 */
	static Row update(Connection c, Row row, long expectedVersion) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(
				"UPDATE siempleo.object SET container = ?::uuid, feature = ?, pos = ?, attrs = ?::jsonb, refs = ?::jsonb, deleted = ?" //$NON-NLS-1$
						+ " WHERE id = ?::uuid AND version = ? RETURNING version, changed_by, " + CHANGED_AT)) { //$NON-NLS-1$
			st.setString(1, row.container());
			if (row.feature() == null) {
				st.setNull(2, Types.VARCHAR);
			} else {
				st.setString(2, row.feature());
			}
			st.setDouble(3, row.pos());
			st.setString(4, Json.write(row.attrs()));
			st.setString(5, Json.write(row.refs()));
			st.setBoolean(6, row.deleted());
			st.setString(7, row.id());
			st.setLong(8, expectedVersion);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? row.stamped(rs.getLong(1), rs.getString(2), rs.getLong(3)) : null;
			}
		}
	}
}
