// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.ILicense;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import hn.siempleo.p2.PluginResult.Kind;
import hn.siempleo.p2.internal.AcceptUnsigned;
import hn.siempleo.p2.internal.Messages;

/**
 * Installs, lists and removes institution plug-ins (features) in the running product's own p2 profile, from
 * a p2 repository folder or zip made by the build. Changes take effect at the next start. Every operation is
 * all or nothing: when p2 cannot resolve it, nothing is changed. Long-running: call from a job or a
 * command-line application, never from the UI thread.
 */
public final class PluginManager implements Plugins {

	/** Suffix of the installable unit of a feature. */
	public static final String FEATURE_GROUP = ".feature.group"; //$NON-NLS-1$

	private static final String GARBAGE_COLLECTOR = "org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector"; //$NON-NLS-1$

	private static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root"; //$NON-NLS-1$

	private final IProvisioningAgent agent;

	private PluginManager(IProvisioningAgent agent) {
		this.agent = agent;
		if (agent.getService(UIServices.class) == null) {
			// the build's jars are not signed: accept unsigned content explicitly (p2 would too without this)
			agent.registerService(UIServices.SERVICE_NAME, new AcceptUnsigned());
		}
		// p2's garbage collector only listens once created; it deletes the jars of removed plug-ins that are
		// not running in this process (the others at the next operation or start)
		agent.getService(GARBAGE_COLLECTOR);
	}

	/**
	 * The manager of the running product's installation.
	 *
	 * @throws ProvisionException when the product has no p2 profile (started from an IDE or a test runtime)
	 */
	public static PluginManager forRunningProduct() throws ProvisionException {
		BundleContext context = FrameworkUtil.getBundle(PluginManager.class).getBundleContext();
		ServiceReference<IProvisioningAgent> reference = context.getServiceReference(IProvisioningAgent.class);
		IProvisioningAgent agent = reference == null ? null : context.getService(reference);
		if (agent == null) {
			ServiceReference<IProvisioningAgentProvider> provider = context.getServiceReference(IProvisioningAgentProvider.class);
			if (provider == null) {
				throw new ProvisionException(Messages.PluginManager_noP2);
			}
			agent = context.getService(provider).createAgent(null);
		}
		PluginManager manager = new PluginManager(agent);
		if (manager.profile() == null) {
			throw new ProvisionException(Messages.PluginManager_noProfile);
		}
		return manager;
	}

	/**
	 * Deletes the files (jars, feature folders) of plug-ins no longer in the profile, except those of bundles that
	 * run in this process: call it at the start after an uninstall ({@link #markGarbage}, {@link #collectIfMarked}).
	 */
	public void collectGarbage() {
		Object collector = agent.getService(GARBAGE_COLLECTOR);
		if (collector == null) {
			return;
		}
		try {
			// the collector is p2-internal (x-friends); its public runGC is the documented way the GC application uses
			collector.getClass().getMethod("runGC", IProfile.class).invoke(collector, profile()); //$NON-NLS-1$
		} catch (ReflectiveOperationException e) {
			ILog.of(PluginManager.class).log(Status.warning(Messages.PluginManager_gcFailed, e));
		}
	}

	/** Notes in the configuration area that the next start must collect garbage (after an uninstall). */
	public static void markGarbage() {
		Path marker = GarbageMarker.path();
		if (marker != null) {
			try {
				Files.createDirectories(marker.getParent());
				Files.writeString(marker, "");
			} catch (IOException e) {
				ILog.of(PluginManager.class).log(Status.warning(Messages.PluginManager_gcFailed, e));
			}
		}
	}

	/** Collects garbage when an uninstall asked for it; cheap when it did not (no p2 service is touched). */
	public static void collectIfMarked() {
		Path marker = GarbageMarker.path();
		if (marker == null || !Files.exists(marker)) {
			return;
		}
		try {
			forRunningProduct().collectGarbage();
			Files.deleteIfExists(marker);
		} catch (ProvisionException | IOException | RuntimeException e) {
			ILog.of(PluginManager.class).log(Status.warning(Messages.PluginManager_gcFailed, e));
		}
	}

	private IProfile profile() {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		return registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
	}

	/** The plug-ins installed after the product (its root features other than the product), by name. */
	@Override
	public List<InstalledPlugin> installed() {
		IProfile profile = profile();
		List<InstalledPlugin> plugins = new ArrayList<>();
		for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
			if ("true".equals(profile.getInstallableUnitProperty(unit, ROOT_PROPERTY)) //$NON-NLS-1$
					&& unit.getId().endsWith(FEATURE_GROUP)) {
				plugins.add(describe(unit));
			}
		}
		plugins.sort(Comparator.comparing(InstalledPlugin::name, String.CASE_INSENSITIVE_ORDER));
		return plugins;
	}

	/**
	 * The features of a repository that are neither installed nor part of the product: its plug-ins. The
	 * repository is not remembered.
	 */
	@Override
	public List<InstalledPlugin> available(Path repository, IProgressMonitor monitor) {
		List<InstalledPlugin> result = new ArrayList<>();
		URI location;
		try {
			location = location(repository);
		} catch (IllegalArgumentException e) {
			return result;
		}
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		boolean known = metadata.contains(location);
		try {
			IProfile profile = profile();
			for (IInstallableUnit unit : loadMetadata(location, monitor).query(
					QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor)) {
				boolean installed = !profile.query(QueryUtil.createIUQuery(unit.getId()), monitor).isEmpty();
				if (!installed && unit.getId().endsWith(FEATURE_GROUP)) {
					result.add(describe(unit));
				}
			}
		} catch (ProvisionException e) {
			return result;
		} finally {
			if (!known) {
				metadata.removeRepository(location);
			}
		}
		result.sort(Comparator.comparing(InstalledPlugin::name, String.CASE_INSENSITIVE_ORDER));
		return result;
	}

	/**
	 * The licence text of a feature in a repository, for the user to accept before {@link #install}.
	 *
	 * @return the text, or empty when the repository or feature is not found or has no licence
	 */
	@Override
	public Optional<String> license(Path repository, String feature, IProgressMonitor monitor) {
		try {
			IInstallableUnit unit = find(loadMetadata(location(repository), monitor), feature, monitor);
			if (unit == null) {
				return Optional.empty();
			}
			for (ILicense license : unit.getLicenses(Locale.getDefault().toString())) {
				return Optional.ofNullable(license.getBody());
			}
			return Optional.empty();
		} catch (ProvisionException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * Installs {@code feature} (its id, with or without {@code .feature.group}) from a p2 repository folder or
	 * zip. The repository is not remembered after the operation.
	 */
	@Override
	public PluginResult install(Path repository, String feature, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.PluginManager_installing, feature), 100);
		URI location;
		try {
			location = location(repository);
		} catch (IllegalArgumentException e) {
			return new PluginResult(Kind.NOT_A_REPOSITORY, e.getMessage());
		}
		IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
		boolean knownMetadata = metadata.contains(location);
		boolean knownArtifacts = artifacts.contains(location);
		try {
			IMetadataRepository repo;
			try {
				repo = loadMetadata(location, progress.split(10));
				artifacts.loadRepository(location, progress.split(10));
			} catch (ProvisionException e) {
				return new PluginResult(Kind.NOT_A_REPOSITORY, NLS.bind(Messages.PluginManager_notARepository, repository));
			}
			IInstallableUnit unit = find(repo, feature, progress.split(5));
			if (unit == null) {
				return new PluginResult(Kind.NOT_FOUND, NLS.bind(Messages.PluginManager_notInRepository, feature, repository));
			}
			InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), Set.of(unit));
			operation.getProvisioningContext().setMetadataRepositories(location);
			operation.getProvisioningContext().setArtifactRepositories(location);
			PluginResult result = run(operation, describe(unit), true, progress.split(75));
			return result;
		} finally {
			if (!knownMetadata) {
				metadata.removeRepository(location);
			}
			if (!knownArtifacts) {
				artifacts.removeRepository(location);
			}
		}
	}

	/** Removes an installed plug-in feature (id with or without {@code .feature.group}). */
	@Override
	public PluginResult uninstall(String feature, IProgressMonitor monitor) {
		String id = groupId(feature);
		IProfile profile = profile();
		Set<IInstallableUnit> units = profile.query(QueryUtil.createIUQuery(id), monitor).toUnmodifiableSet();
		boolean root = !units.isEmpty()
				&& "true".equals(profile.getInstallableUnitProperty(units.iterator().next(), ROOT_PROPERTY)); //$NON-NLS-1$
		if (!root) {
			return new PluginResult(Kind.NOT_FOUND, NLS.bind(Messages.PluginManager_notInstalled, featureId(feature)));
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), units);
		PluginResult result = run(operation, describe(units.iterator().next()), false, monitor);
		if (result.done()) {
			markGarbage(); // this process still runs the removed bundles: the next start deletes their jars
		}
		return result;
	}

	private PluginResult run(ProfileChangeOperation operation, InstalledPlugin plugin, boolean install,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		IStatus resolved = operation.resolveModal(progress.split(40));
		if (resolved.getSeverity() == IStatus.ERROR || !operation.hasResolved()) {
			return new PluginResult(Kind.DOES_NOT_FIT, NLS.bind(install ? Messages.PluginManager_doesNotFit
					: Messages.PluginManager_cannotRemove, plugin.name(), details(operation, resolved)));
		}
		ProvisioningJob job = operation.getProvisioningJob(progress.split(5));
		if (job == null) {
			return new PluginResult(Kind.DOES_NOT_FIT, NLS.bind(Messages.PluginManager_nothingToDo, plugin.name()));
		}
		IStatus status = job.runModal(progress.split(55));
		if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			return new PluginResult(Kind.FAILED, NLS.bind(Messages.PluginManager_failed, plugin.name(), flatten(status)));
		}
		return new PluginResult(Kind.DONE, NLS.bind(install ? Messages.PluginManager_installed
				: Messages.PluginManager_removed, plugin.name(), plugin.version()));
	}

	private IMetadataRepository loadMetadata(URI location, IProgressMonitor monitor) throws ProvisionException {
		return agent.getService(IMetadataRepositoryManager.class).loadRepository(location, monitor);
	}

	private static IInstallableUnit find(IMetadataRepository repository, String feature, IProgressMonitor monitor) {
		Set<IInstallableUnit> units = repository
				.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(groupId(feature))), monitor).toUnmodifiableSet();
		return units.isEmpty() ? null : units.iterator().next();
	}

	/** A repository folder or zip as a p2 location; refuses anything else with a Spanish message. */
	static URI location(Path repository) {
		Path path = repository.toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			return path.toUri();
		}
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) { //$NON-NLS-1$
			return URI.create("jar:" + path.toUri() + "!/"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		throw new IllegalArgumentException(NLS.bind(Messages.PluginManager_notARepository, repository));
	}

	private InstalledPlugin describe(IInstallableUnit unit) {
		String locale = Locale.getDefault().toString();
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, locale);
		String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, locale);
		return new InstalledPlugin(featureId(unit.getId()), name == null ? featureId(unit.getId()) : name,
				unit.getVersion().toString(), provider == null ? "" : provider); //$NON-NLS-1$
	}

	private static String groupId(String feature) {
		return feature.endsWith(FEATURE_GROUP) ? feature : feature + FEATURE_GROUP;
	}

	private static String featureId(String id) {
		return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
	}

	private static String details(ProfileChangeOperation operation, IStatus status) {
		String details = operation.getResolutionDetails();
		return details == null || details.isBlank() ? flatten(status) : details.strip();
	}

	private static String flatten(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		for (IStatus child : status.getChildren()) {
			text.append('\n').append("  ").append(flatten(child).replace("\n", "\n  ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return text.toString();
	}
}
