// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.flywaydb.core.api.FlywayException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.ReviewState;
import hn.siempleo.core.spi.ModelStore;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlan;
import hn.siempleo.store.pg.SharedPlans;

/**
 * The shared store: models at {@code siempleo-pg://} locations live in PostgreSQL, one row per object. Loading
 * reads one snapshot; once the model is open every command is sent by its {@link SharedSession}, so saving an
 * open shared plan has nothing left to do; saving any other model there publishes it as a new plan.
 */
@Component(service = { ModelStore.class, SharedPlans.class })
public final class PgModelStore implements ModelStore, SharedPlans {

	private final Connections connections = new Connections();

	/** Closes the pools (DS deactivate); open sessions fail their next write with a notice. */
	@Deactivate
	public void deactivate() {
		connections.close();
	}

	@Override
	public boolean handles(URI location) {
		return ServerAddress.SCHEME.equals(location.scheme());
	}

	@Override
	public Resource load(URI location, ResourceSet resourceSet, IProgressMonitor monitor) throws ModelStoreException {
		ServerAddress server = address(location);
		String planName = ServerAddress.planName(location);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.PgModelStore_loading, planName), 1);
		DataSource pool = connections.pool(server);
		requireCurrentSchema(server, pool);
		Resource resource = new XMIResourceImpl(location);
		resourceSet.getResources().add(resource);
		try (Connection c = pool.getConnection()) {
			LoadedPlan plan = new PlanLoader(new ObjectCodec(resourceSet.getPackageRegistry())).load(c, server, planName, resource);
			resource.eAdapters().add(new Attached<>(plan));
			resource.setModified(false);
			progress.worked(1);
			return resource;
		} catch (SQLException e) {
			resourceSet.getResources().remove(resource);
			throw failure(server, e);
		} catch (ModelStoreException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw e;
		}
	}

	@Override
	public void opened(OpenModel model) {
		@SuppressWarnings("unchecked")
		Attached<LoadedPlan> plan = (Attached<LoadedPlan>) EcoreUtil.getExistingAdapter(model.resource(), LoadedPlan.class);
		if (plan != null) {
			model.resource().eAdapters().remove(plan);
			ObjectCodec codec = new ObjectCodec(model.editingDomain().getResourceSet().getPackageRegistry());
			SharedSession session = new SharedSession(model, plan.value(), connections.acquire(plan.value().server()), codec);
			model.resource().eAdapters().add(new Attached<>(session));
		}
	}

	@Override
	public void closed(OpenModel model) {
		SharedSession session = sessionOf(model.resource());
		if (session != null) {
			session.close();
			model.resource().eAdapters().removeIf(a -> a.isAdapterForType(SharedSession.class));
			connections.release(session.plan().server());
		}
	}

	@Override
	public void save(Resource resource, URI location, IProgressMonitor monitor) throws ModelStoreException {
		SharedSession session = sessionOf(resource);
		if (session != null && location.equals(session.model().location())) {
			return; // every command is already on the server
		}
		publish(resource, address(location), ServerAddress.planName(location), monitor);
	}

	@Override
	public String whyReadOnly(OpenModel model, EObject element) {
		SharedSession session = sessionOf(model.resource());
		return session == null ? null : session.whyReadOnly(element);
	}

	@Override
	public Map<EObject, ReviewState> reviewStates(OpenModel model, Collection<? extends EObject> elements)
			throws ModelStoreException {
		SharedSession session = sessionOf(model.resource());
		if (session == null) {
			return Map.of();
		}
		try {
			return session.reviewStates(elements);
		} catch (SQLException e) {
			throw failure(ServerAddress.ofPlan(model.location()), e);
		}
	}

	@Override
	public SharedPlan session(OpenModel model) {
		return sessionOf(model.resource());
	}

	@SuppressWarnings("unchecked")
	private static SharedSession sessionOf(Resource resource) {
		Attached<SharedSession> attached = (Attached<SharedSession>) EcoreUtil.getExistingAdapter(resource, SharedSession.class);
		return attached == null ? null : attached.value();
	}

	/** Keeps a value with the resource it belongs to, so that it lives exactly as long as the model. */
	private static final class Attached<T> extends AdapterImpl {
		private final T value;

		Attached(T value) {
			this.value = value;
		}

		T value() {
			return value;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == value.getClass();
		}
	}

	@Override
	public List<String> pendingMigrations(ServerAddress server) throws ModelStoreException {
		try {
			return Schema.pending(connections.pool(server));
		} catch (FlywayException e) {
			throw new ModelStoreException(NLS.bind(Messages.PgModelStore_schemaFailed, server.display(), e.getMessage()), e);
		}
	}

	@Override
	public int migrate(ServerAddress server) throws ModelStoreException {
		try {
			return Schema.migrate(connections.pool(server));
		} catch (FlywayException e) {
			throw new ModelStoreException(NLS.bind(Messages.PgModelStore_schemaFailed, server.display(), e.getMessage()), e);
		}
	}

	private void requireCurrentSchema(ServerAddress server, DataSource pool) throws ModelStoreException {
		if (Schema.isCurrent(pool)) {
			return;
		}
		List<String> pending;
		try {
			pending = Schema.pending(pool);
		} catch (FlywayException e) {
			throw new ModelStoreException(NLS.bind(Messages.PgModelStore_schemaFailed, server.display(), e.getMessage()), e);
		}
		if (!pending.isEmpty()) {
			throw new ModelStoreException(NLS.bind(Messages.PgModelStore_schemaPending, server.display(), String.join(", ", pending)), null); //$NON-NLS-1$
		}
	}

	@Override
	public URI publish(Resource model, ServerAddress server, String planName, IProgressMonitor monitor) throws ModelStoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.PgModelStore_publishing, planName), 2);
		if (model.getContents().isEmpty()) {
			throw new ModelStoreException(Messages.PgModelStore_notAModel, null);
		}
		DataSource pool = connections.pool(server);
		requireCurrentSchema(server, pool);
		ObjectCodec codec = new ObjectCodec(model.getResourceSet() == null ? org.eclipse.emf.ecore.EPackage.Registry.INSTANCE
				: model.getResourceSet().getPackageRegistry());
		List<Row> rows = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		// the first root is the plan's; plug-ins may add roots of their own (model extensions)
		int index = 0;
		for (EObject root : model.getContents()) {
			add(rows, ids, codec.encode(root, index++));
			for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
				EObject object = it.next();
				add(rows, ids, codec.encode(object, object.eContainmentFeature().isMany()
						? ((List<?>) object.eContainer().eGet(object.eContainmentFeature())).indexOf(object) : 0));
			}
		}
		progress.worked(1);
		try (Connection c = pool.getConnection()) {
			c.setAutoCommit(false);
			try {
				if (PlanTables.plan(c, planName) != null) {
					throw new ModelStoreException(NLS.bind(Messages.PgModelStore_planExists, planName, server.display()), null);
				}
				PlanTables.publish(c, UUID.randomUUID(), planName, rows);
				c.commit();
			} catch (SQLException | ModelStoreException e) {
				c.rollback();
				throw e;
			}
		} catch (SQLException e) {
			if (PlanTables.SQLSTATE_DUPLICATE.equals(e.getSQLState()) || e.getNextException() != null
					&& PlanTables.SQLSTATE_DUPLICATE.equals(e.getNextException().getSQLState())) {
				throw new ModelStoreException(NLS.bind(Messages.PgModelStore_idsExist, planName, server.display()), e);
			}
			throw failure(server, e);
		}
		progress.worked(1);
		return server.planLocation(planName);
	}

	private static void add(List<Row> rows, Set<String> ids, Row row) throws ModelStoreException {
		if (!ids.add(row.id())) {
			throw new ModelStoreException(NLS.bind(Messages.PgModelStore_duplicateId, row.id()), null);
		}
		rows.add(row);
	}

	@Override
	public List<PlanInfo> list(ServerAddress server) throws ModelStoreException {
		DataSource pool = connections.pool(server);
		requireCurrentSchema(server, pool);
		try (Connection c = pool.getConnection()) {
			List<PlanInfo> plans = new ArrayList<>();
			for (PlanTables.Plan plan : PlanTables.plans(c)) {
				plans.add(new PlanInfo(plan.name(), plan.publishedBy(), plan.publishedAt(), plan.objects()));
			}
			return plans;
		} catch (SQLException e) {
			throw failure(server, e);
		}
	}

	@Override
	public List<Change> history(ServerAddress server, String objectId) throws ModelStoreException {
		return changes(server, "SELECT at, who, office_code, object_id::text, class, feature, old_value::text, new_value::text" //$NON-NLS-1$
				+ " FROM siempleo.changes WHERE object_id = ?::uuid ORDER BY seq", objectId); //$NON-NLS-1$
	}

	@Override
	public List<Change> changes(ServerAddress server, String planName, String officeCode, OffsetDateTime from,
			OffsetDateTime to) throws ModelStoreException {
		return changes(server, "SELECT at, who, office_code, object_id::text, class, feature, old_value::text, new_value::text" //$NON-NLS-1$
				+ " FROM siempleo.changes WHERE plan = ? AND (?::text IS NULL OR office_code = ?::text)" //$NON-NLS-1$
				+ " AND at >= coalesce(?::timestamptz, '-infinity'::timestamptz) AND at < coalesce(?::timestamptz, 'infinity'::timestamptz) ORDER BY seq", //$NON-NLS-1$
				planName, officeCode, officeCode, from, to);
	}

	private List<Change> changes(ServerAddress server, String sql, Object... parameters) throws ModelStoreException {
		try (Connection c = connections.pool(server).getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				if (parameters[i] == null) {
					st.setNull(i + 1, parameters[i] instanceof OffsetDateTime || i >= 3 ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
				} else {
					st.setObject(i + 1, parameters[i]);
				}
			}
			List<Change> changes = new ArrayList<>();
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					changes.add(new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
				}
			}
			return changes;
		} catch (SQLException e) {
			throw failure(server, e);
		}
	}

	@Override
	public void approve(ServerAddress server, String reportId) throws ModelStoreException {
		try (Connection c = connections.pool(server).getConnection(); PreparedStatement st = c.prepareStatement(
				"INSERT INTO siempleo.approval (report_id, report_version) SELECT id, version FROM siempleo.object" //$NON-NLS-1$
						+ " WHERE id = ?::uuid AND eclass LIKE '%//ProgressReport' AND NOT deleted")) { //$NON-NLS-1$
			st.setString(1, reportId);
			if (st.executeUpdate() == 0) {
				throw new ModelStoreException(NLS.bind(Messages.PgModelStore_notAReport, reportId), null);
			}
		} catch (SQLException e) {
			if (PlanTables.SQLSTATE_RLS.equals(e.getSQLState())) {
				throw new ModelStoreException(NLS.bind(Messages.PgModelStore_approveRefused, server.user()), e);
			}
			if (PlanTables.SQLSTATE_DUPLICATE.equals(e.getSQLState())) {
				throw new ModelStoreException(NLS.bind(Messages.PgModelStore_alreadyApproved, reportId), e);
			}
			throw failure(server, e);
		}
	}

	@Override
	public Approval approval(ServerAddress server, String reportId) throws ModelStoreException {
		try (Connection c = connections.pool(server).getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT approved_by, approved_at FROM siempleo.progress_reports WHERE id = ?::uuid AND approved_by IS NOT NULL")) { //$NON-NLS-1$
			st.setString(1, reportId);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? new Approval(rs.getString(1), rs.getObject(2, OffsetDateTime.class)) : null;
			}
		} catch (SQLException e) {
			throw failure(server, e);
		}
	}

	@Override
	public boolean approvalRequired(ServerAddress server, String planName) throws ModelStoreException {
		try (Connection c = connections.pool(server).getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT approval_required FROM siempleo.plan WHERE name = ?")) { //$NON-NLS-1$
			st.setString(1, planName);
			try (ResultSet rs = st.executeQuery()) {
				if (!rs.next()) {
					throw new ModelStoreException(NLS.bind(Messages.PgModelStore_noPlan, planName, server.display()), null);
				}
				return rs.getBoolean(1);
			}
		} catch (SQLException e) {
			throw failure(server, e);
		}
	}

	@Override
	public void setApprovalRequired(ServerAddress server, String planName, boolean required) throws ModelStoreException {
		try (Connection c = connections.pool(server).getConnection(); PreparedStatement st = c.prepareStatement(
				"UPDATE siempleo.plan SET approval_required = ? WHERE name = ?")) { //$NON-NLS-1$
			st.setBoolean(1, required);
			st.setString(2, planName);
			if (st.executeUpdate() == 0) {
				throw new ModelStoreException(NLS.bind(Messages.PgModelStore_noPlan, planName, server.display()), null);
			}
		} catch (SQLException e) {
			if (PlanTables.SQLSTATE_RLS.equals(e.getSQLState())) {
				throw new ModelStoreException(NLS.bind(Messages.PgModelStore_approvalSwitchRefused, server.user()), e);
			}
			throw failure(server, e);
		}
	}

	/** The pool of a server (made with the address's password on first use); for tests and tools. */
	public DataSource pool(ServerAddress server) {
		return connections.pool(server);
	}

	private ServerAddress address(URI location) throws ModelStoreException {
		try {
			return ServerAddress.ofPlan(location);
		} catch (IllegalArgumentException e) {
			throw new ModelStoreException(e.getMessage(), e);
		}
	}

	private static ModelStoreException failure(ServerAddress server, SQLException e) {
		if ("28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState())) { //$NON-NLS-1$ //$NON-NLS-2$
			return new ModelStoreException(NLS.bind(Messages.PgModelStore_login, server.user(), server.display()), e);
		}
		if (PlanTables.SQLSTATE_RLS.equals(e.getSQLState())) {
			return new ModelStoreException(NLS.bind(Messages.PgModelStore_refused, server.user(), e.getMessage()), e);
		}
		return new ModelStoreException(NLS.bind(Messages.PgModelStore_failed, server.display(), e.getMessage()), e);
	}
}
