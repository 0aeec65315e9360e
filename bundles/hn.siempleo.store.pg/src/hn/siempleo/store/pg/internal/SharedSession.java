// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.WeakHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.ReviewState;
import hn.siempleo.core.spi.HistoryCommandStack;
import hn.siempleo.store.pg.SharedPlan;

/**
 * The live link of one open model to its plan: records each command stack change with a {@link ChangeRecorder},
 * sends it as one transaction under optimistic locking, takes back what the server rejects, and applies what
 * others committed.
 */
final class SharedSession implements SharedPlan, CommandStackListener {

	private final OpenModel model;
	private final LoadedPlan plan;
	private final DataSource pool;
	private final ObjectCodec codec;
	private final PlanLoader loader;
	private final Resource resource;
	private final HistoryCommandStack stack;
	private final ChangeRecorder recorder;
	private final Rights rights;
	private final Map<Command, Set<String>> touched = new WeakHashMap<>();
	private final List<Consumer<Notice>> listeners = new CopyOnWriteArrayList<>();
	private String xmin;
	private boolean busy;
	private Notice lastRejection;
	private ServerFollower follower;

	SharedSession(OpenModel model, LoadedPlan plan, DataSource pool, ObjectCodec codec) {
		this.model = model;
		this.plan = plan;
		this.pool = pool;
		this.codec = codec;
		this.loader = new PlanLoader(codec);
		this.resource = model.resource();
		this.stack = (HistoryCommandStack) model.commandStack();
		this.xmin = plan.xmin();
		this.recorder = new ScopedChangeRecorder(resource);
		Rights read;
		try (Connection c = pool.getConnection()) {
			read = Rights.of(c, plan.server().user());
		} catch (SQLException e) {
			read = Rights.of(null, plan.server().user());
		}
		this.rights = read;
		stack.addCommandStackListener(this);
	}

	LoadedPlan plan() {
		return plan;
	}

	OpenModel model() {
		return model;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		if (busy) {
			return;
		}
		ChangeDescription change = recorder.endRecording();
		Command command = stack.getMostRecentCommand();
		busy = true;
		try {
			send(change, command);
		} finally {
			busy = false;
			recorder.beginRecording(List.of(resource));
		}
	}

	private void send(ChangeDescription change, Command command) {
		Delta delta;
		try {
			delta = Delta.of(change, resource, plan.stored(), codec);
		} catch (ModelStoreException e) {
			reject(change, command, new Notice(Kind.REFUSED, e.getMessage(), List.of(), List.of()));
			return;
		}
		if (delta.isEmpty()) {
			return;
		}
		List<Conflict> conflicts = new ArrayList<>();
		Map<String, Row> written = new HashMap<>();
		try (Connection c = pool.getConnection()) {
			c.setAutoCommit(false);
			try {
				write(c, delta, conflicts, written);
			} catch (SQLException e) {
				c.rollback();
				reject(change, command, DeltaNotices.failure(e, delta, model, plan.objects()));
				return;
			}
			if (conflicts.isEmpty()) {
				c.commit();
			} else {
				c.rollback();
			}
		} catch (SQLException e) {
			reject(change, command, new Notice(Kind.REFUSED, NLS.bind(Messages.SharedSession_unreachable, e.getMessage()),
					List.copyOf(delta.ids()), List.of()));
			return;
		}
		if (!conflicts.isEmpty()) {
			reject(change, command, DeltaNotices.conflict(conflicts, command, plan.objects()));
			return;
		}
		plan.stored().putAll(written);
		plan.objects().putAll(delta.created());
		delta.updates().stream().filter(Row::deleted).forEach(row -> plan.objects().remove(row.id()));
		if (command != null) {
			touched.merge(command, new HashSet<>(delta.ids()), (a, b) -> {
				a.addAll(b);
				return a;
			});
		}
		lastRejection = null;
		stack.saveIsDone();
	}

	private void write(Connection c, Delta delta, List<Conflict> conflicts, Map<String, Row> written) throws SQLException {
		for (Row row : delta.inserts()) {
			written.put(row.id(), PlanTables.insert(c, plan.planId(), row));
		}
		for (Row row : delta.updates()) {
			Row base = plan.stored().get(row.id());
			Row result = PlanTables.update(c, row, base.version());
			if (result != null) {
				written.put(row.id(), result);
				continue;
			}
			Row theirs = PlanTables.row(c, row.id());
			conflicts.add(new Conflict(base, row, theirs != null && theirs.version() != base.version() ? theirs : null));
		}
	}

	/** Puts the model back as it was before the change, forgets the command and refreshes from the server. */
	private void reject(ChangeDescription change, Command command, Notice notice) {
		change.applyAndReverse();
		if (command != null) {
			touched.remove(command);
			stack.forget(command);
		}
		stack.saveIsDone();
		lastRejection = notice;
		pullQuietly();
		fire(notice);
	}

	@Override
	public int pull() {
		if (busy) {
			return 0;
		}
		recorder.endRecording();
		busy = true;
		try {
			return pullQuietly();
		} finally {
			busy = false;
			recorder.beginRecording(List.of(resource));
		}
	}

	private int pullQuietly() {
		PlanTables.Snapshot snapshot;
		try (Connection c = pool.getConnection()) {
			snapshot = PlanTables.changedSince(c, plan.planId(), xmin);
		} catch (SQLException e) {
			fire(new Notice(Kind.REFUSED, NLS.bind(Messages.SharedSession_unreachable, e.getMessage()), List.of(), List.of()));
			return 0;
		}
		xmin = snapshot.xmin();
		List<Row> newer = new ArrayList<>();
		for (Row row : snapshot.rows()) {
			Row known = plan.stored().get(row.id());
			if (known == null ? !row.deleted() : row.version() > known.version()) {
				newer.add(row);
			}
		}
		if (newer.isEmpty()) {
			return 0;
		}
		Map<String, Row> before = new HashMap<>();
		newer.forEach(row -> before.put(row.id(), plan.stored().get(row.id())));
		loader.apply(newer, plan.stored(), plan.objects(), resource);
		for (Row row : newer) { // objects that came in are watched from now on (the rest already are)
			EObject object = plan.objects().get(row.id());
			if (object != null && object.eResource() == resource && !object.eAdapters().contains(recorder)) {
				object.eAdapters().add(recorder);
			}
		}
		Set<String> ids = new HashSet<>(before.keySet());
		int dropped = stack.drop(command -> {
			Set<String> of = touched.get(command);
			return of != null && of.stream().anyMatch(ids::contains);
		});
		stack.saveIsDone();
		fire(DeltaNotices.remote(newer, before, plan.objects()));
		if (dropped > 0) {
			fire(new Notice(Kind.UNDO_DROPPED, NLS.bind(Messages.SharedSession_undoDropped, dropped), List.copyOf(ids),
					List.of()));
		}
		return newer.size();
	}

	@Override
	public boolean isCentral() {
		return rights.isCentral();
	}

	@Override
	public String whyReadOnly(EObject object) {
		return rights.whyReadOnly(object, plan.objects()::get);
	}

	/**
	 * The approval state of the progress reports among these elements, in the user's words: pending while the plan
	 * requires approval and the report's current version has none; who approved it and when once approved. Safe
	 * off the UI thread: it reads the elements' ids and resource, not the maps that commands change.
	 */
	Map<EObject, ReviewState> reviewStates(Collection<? extends EObject> elements) throws SQLException {
		Map<String, EObject> byId = new HashMap<>();
		for (EObject element : elements) {
			String id = EcoreUtil.getID(element);
			if (id != null && element.eResource() == resource) {
				byId.put(id, element);
			}
		}
		Map<EObject, ReviewState> states = new HashMap<>();
		if (byId.isEmpty()) {
			return states;
		}
		try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT id::text, approval_pending, approved_by, approved_at FROM siempleo.progress_reports" //$NON-NLS-1$
						+ " WHERE id = ANY (?::uuid[])")) { //$NON-NLS-1$
			st.setArray(1, c.createArrayOf("text", byId.keySet().toArray())); //$NON-NLS-1$
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					EObject element = byId.get(rs.getString(1));
					if (rs.getString(3) != null) {
						OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
						states.put(element, new ReviewState(false, NLS.bind(Messages.SharedSession_approved,
								rs.getString(3), at.atZoneSameInstant(ZoneId.systemDefault()).format(APPROVED_AT))));
					} else if (rs.getBoolean(2)) {
						states.put(element, new ReviewState(true, Messages.SharedSession_pending));
					}
				}
			}
		}
		return states;
	}

	private static final DateTimeFormatter APPROVED_AT = java.time.format.DateTimeFormatter
			.ofPattern("dd/MM/yyyy HH:mm"); //$NON-NLS-1$

	@Override
	public Notice lastRejection() {
		return lastRejection;
	}

	@Override
	public void addListener(Consumer<Notice> listener) {
		listeners.add(listener);
	}

	private void fire(Notice notice) {
		if (notice == null) {
			return;
		}
		for (Consumer<Notice> listener : listeners) {
			listener.accept(notice);
		}
	}

	@Override
	public synchronized void followServer(Executor executor) {
		if (follower == null) {
			follower = new ServerFollower(pool, plan.planId(), () -> executor.execute(this::pull));
			follower.start();
		}
	}

	/** Whether a thread follows the server's notifications for this session. */
	synchronized boolean isFollowing() {
		return follower != null && follower.isFollowing();
	}

	@Override
	public synchronized void close() {
		if (follower != null) {
			follower.stop();
			follower = null;
		}
		stack.removeCommandStackListener(this);
		recorder.dispose();
	}
}
