// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;

/**
 * Shared plans on a PostgreSQL server: publish, list, history, approvals, and the live session of an open
 * shared plan. An OSGi service; opening and saving go through {@code ModelService} with a location from
 * {@link ServerAddress#planLocation(String)}. Methods block on the network; call them from a job, not the UI
 * thread. Every failure is a {@link ModelStoreException} with a Spanish message.
 */
public interface SharedPlans {

	/** Schema versions the database still needs (empty when current). */
	List<String> pendingMigrations(ServerAddress server) throws ModelStoreException;

	/**
	 * Brings the database schema up to date; run only with the user's consent, as a role that owns the database.
	 *
	 * @return how many migrations ran
	 */
	int migrate(ServerAddress server) throws ModelStoreException;

	/**
	 * Uploads a model as a new shared plan, all or nothing. Ids are primary keys: a model whose ids are already on
	 * the server is refused.
	 *
	 * @return the location of the new plan
	 */
	URI publish(Resource model, ServerAddress server, String planName, IProgressMonitor monitor) throws ModelStoreException;

	/** The plans on a server, by name. */
	List<PlanInfo> list(ServerAddress server) throws ModelStoreException;

	/** The live session of an open shared plan, or null when the model is not a shared plan. */
	SharedPlan session(OpenModel model);

	/** Every recorded change of one object, oldest first. */
	List<Change> history(ServerAddress server, String objectId) throws ModelStoreException;

	/**
	 * Changes of a plan in a period, optionally of one office ({@code officeCode} null: all; {@code "central"}: the
	 * central roles), oldest first.
	 */
	List<Change> changes(ServerAddress server, String planName, String officeCode, OffsetDateTime from, OffsetDateTime to)
			throws ModelStoreException;

	/** Approves the current version of a progress report; only central roles may. */
	void approve(ServerAddress server, String reportId) throws ModelStoreException;

	/**
	 * Who approved the current version of a progress report and when, or null when it is not approved (never, or
	 * changed since).
	 */
	Approval approval(ServerAddress server, String reportId) throws ModelStoreException;

	/**
	 * Whether a plan requires a central role's approval of its progress reports ({@code plan.approval_required}).
	 */
	boolean approvalRequired(ServerAddress server, String planName) throws ModelStoreException;

	/**
	 * Switches on or off the approval of progress reports for a plan. Only central roles may: the server refuses
	 * others (office roles have no right to change a plan's row).
	 */
	void setApprovalRequired(ServerAddress server, String planName, boolean required) throws ModelStoreException;

	/**
	 * The approval of a progress report's current version.
	 *
	 * @param by the central role that approved it
	 * @param at when
	 */
	record Approval(String by, OffsetDateTime at) {
	}

	/**
	 * A plan on the server.
	 *
	 * @param name unique name
	 * @param publishedBy role that published it
	 * @param publishedAt when
	 * @param objects live objects in it
	 */
	record PlanInfo(String name, String publishedBy, OffsetDateTime publishedAt, long objects) {
	}

	/**
	 * One row of the change log.
	 *
	 * @param at when
	 * @param who login role
	 * @param officeCode office of that role, {@code "central"} or null
	 * @param objectId the object
	 * @param className its EClass name
	 * @param feature feature name, or {@code (creado)}, {@code (eliminado)}, {@code (contenedor)}
	 * @param oldValue previous value as JSON text, or null
	 * @param newValue new value as JSON text, or null
	 */
	record Change(OffsetDateTime at, String who, String officeCode, String objectId, String className, String feature,
			String oldValue, String newValue) {
	}
}
