// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.store.pg.LocalCopy;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlans;

/**
 * {@code ./siempleo store push|pull|list|migrate|changes|approval --url postgresql://role@host:port/db ...}: publishes a
 * file as a shared plan, downloads a plan into a file, lists the plans, updates the schema, prints the change log.
 */
public final class StoreCommand {

	/** Done. */
	public static final int OK = 0;
	/** Wrong arguments. */
	public static final int USAGE = 2;
	/** The local file or the plan cannot be read. */
	public static final int READ_FAILED = 3;
	/** The server cannot be reached or refused the login. */
	public static final int SERVER_FAILED = 4;
	/** The server refused the operation (plan exists, ids exist, rights). */
	public static final int REFUSED = 5;
	/** The database needs a schema update and {@code --migrate} was not given. */
	public static final int SCHEMA_PENDING = 6;

	private static final Set<String> VALUED = Set.of("--url", "--plan", "--office", "--from", "--to"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final PrintStream out;
	private final PrintStream err;

	public StoreCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs a sub-command on its arguments. */
	public int run(List<String> args, ModelService models, SharedPlans plans) {
		if (args.isEmpty()) {
			err.println(Messages.StoreCommand_usage);
			return USAGE;
		}
		String verb = args.get(0);
		Map<String, String> options = new HashMap<>();
		List<String> files = new ArrayList<>();
		boolean migrate = false;
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (VALUED.contains(arg) && i + 1 < args.size()) {
				options.put(arg, args.get(++i));
			} else if ("--migrate".equals(arg)) { //$NON-NLS-1$
				migrate = true;
			} else if (arg.startsWith("-")) { //$NON-NLS-1$
				err.println(NLS.bind(Messages.StoreCommand_unknownOption, arg));
				err.println(Messages.StoreCommand_usage);
				return USAGE;
			} else {
				files.add(arg);
			}
		}
		if (!options.containsKey("--url") || models == null || plans == null) { //$NON-NLS-1$
			err.println(Messages.StoreCommand_usage);
			return USAGE;
		}
		ServerAddress server;
		try {
			server = ServerAddress.parse(options.get("--url")); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		try {
			int schema = schema(plans, server, migrate || "migrate".equals(verb)); //$NON-NLS-1$
			if (schema != OK) {
				return schema;
			}
			return switch (verb) {
			case "migrate" -> OK; //$NON-NLS-1$
			case "list" -> list(plans, server); //$NON-NLS-1$
			case "push" -> push(models, plans, server, options.get("--plan"), files); //$NON-NLS-1$ //$NON-NLS-2$
			case "pull" -> pull(models, server, options.get("--plan"), files); //$NON-NLS-1$ //$NON-NLS-2$
			case "changes" -> changes(plans, server, options); //$NON-NLS-1$
			case "approval" -> approval(plans, server, options.get("--plan"), files); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				err.println(NLS.bind(Messages.StoreCommand_unknownVerb, verb));
				err.println(Messages.StoreCommand_usage);
				yield USAGE;
			}
			};
		} catch (ModelStoreException e) {
			err.println(e.getMessage());
			return e.getCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")) ? SERVER_FAILED : REFUSED; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private int schema(SharedPlans plans, ServerAddress server, boolean migrate) throws ModelStoreException {
		List<String> pending;
		try {
			pending = plans.pendingMigrations(server);
		} catch (ModelStoreException e) {
			err.println(e.getMessage());
			return SERVER_FAILED;
		}
		if (pending.isEmpty()) {
			return OK;
		}
		if (!migrate) {
			err.println(NLS.bind(Messages.StoreCommand_schemaPending, server.display(), String.join(", ", pending))); //$NON-NLS-1$
			return SCHEMA_PENDING;
		}
		out.println(NLS.bind(Messages.StoreCommand_migrated, plans.migrate(server), server.display()));
		return OK;
	}

	private int list(SharedPlans plans, ServerAddress server) throws ModelStoreException {
		List<SharedPlans.PlanInfo> all = plans.list(server);
		for (SharedPlans.PlanInfo plan : all) {
			out.println(String.join("\t", plan.name(), String.valueOf(plan.objects()), plan.publishedBy(), //$NON-NLS-1$
					plan.publishedAt().toString()));
		}
		out.println(NLS.bind(Messages.StoreCommand_listed, all.size(), server.display()));
		return OK;
	}

	private int push(ModelService models, SharedPlans plans, ServerAddress server, String plan, List<String> files)
			throws ModelStoreException {
		if (files.size() != 1) {
			err.println(Messages.StoreCommand_usage);
			return USAGE;
		}
		Path file = Path.of(files.get(0)).toAbsolutePath();
		OpenModel model;
		try {
			model = models.open(URI.createFileURI(file.toString()), new NullProgressMonitor());
		} catch (ModelStoreException e) {
			err.println(e.getMessage());
			return READ_FAILED;
		}
		String name = plan != null ? plan : model.workspace().getName();
		plans.publish(model.resource(), server, name, new NullProgressMonitor());
		out.println(NLS.bind(Messages.StoreCommand_pushed, new Object[] { file.getFileName(), name, server.display() }));
		return OK;
	}

	private int pull(ModelService models, ServerAddress server, String plan, List<String> files) throws ModelStoreException {
		if (files.size() != 1 || plan == null) {
			err.println(Messages.StoreCommand_usage);
			return USAGE;
		}
		Path file = Path.of(files.get(0)).toAbsolutePath();
		OpenModel model;
		try {
			model = models.open(server.planLocation(plan), new NullProgressMonitor());
		} catch (ModelStoreException e) {
			err.println(e.getMessage());
			return READ_FAILED;
		}
		LocalCopy.save(models, model, URI.createFileURI(file.toString()), new NullProgressMonitor());
		out.println(NLS.bind(Messages.StoreCommand_pulled, new Object[] { plan, server.display(), file }));
		return OK;
	}

	private int changes(SharedPlans plans, ServerAddress server, Map<String, String> options) throws ModelStoreException {
		String plan = options.get("--plan"); //$NON-NLS-1$
		if (plan == null) {
			err.println(Messages.StoreCommand_usage);
			return USAGE;
		}
		OffsetDateTime from;
		OffsetDateTime to;
		try {
			from = date(options.get("--from"), 0); //$NON-NLS-1$
			to = date(options.get("--to"), 1); //$NON-NLS-1$
		} catch (RuntimeException e) {
			err.println(Messages.StoreCommand_badDate);
			return USAGE;
		}
		List<SharedPlans.Change> changes = plans.changes(server, plan, options.get("--office"), from, to); //$NON-NLS-1$
		for (SharedPlans.Change change : changes) {
			out.println(String.join("\t", change.at().toString(), change.who(), String.valueOf(change.officeCode()), //$NON-NLS-1$
					change.className(), change.objectId(), change.feature(), String.valueOf(change.oldValue()),
					String.valueOf(change.newValue())));
		}
		out.println(NLS.bind(Messages.StoreCommand_changes, changes.size(), plan));
		return OK;
	}

	/** {@code approval --plan NOMBRE [on|off]}: shows or switches the plan's approval of progress reports. */
	private int approval(SharedPlans plans, ServerAddress server, String plan, List<String> files) throws ModelStoreException {
		if (plan == null || files.size() > 1 || (files.size() == 1 && !Set.of("on", "off").contains(files.get(0)))) { //$NON-NLS-1$ //$NON-NLS-2$
			err.println(Messages.StoreCommand_usage);
			return USAGE;
		}
		if (files.size() == 1) {
			plans.setApprovalRequired(server, plan, "on".equals(files.get(0))); //$NON-NLS-1$
		}
		out.println(NLS.bind(plans.approvalRequired(server, plan) ? Messages.StoreCommand_approvalOn
				: Messages.StoreCommand_approvalOff, plan));
		return OK;
	}

	private static OffsetDateTime date(String text, int plusDays) {
		return text == null ? null
				: LocalDate.parse(text).plusDays(plusDays).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
	}
}
