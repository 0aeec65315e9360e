// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.ReviewState;
import hn.siempleo.core.spi.HistoryCommandStack;
import hn.siempleo.core.spi.ModelStore;
import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.core.internal.store.LocalOnlyURIConverter;
import hn.siempleo.core.internal.store.XmiFileStore;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.model.Workspace;

/** The model service: picks the store of a location and gives each open model its own editing domain. */
@Component(service = ModelService.class)
public final class DefaultModelService implements ModelService {

	private final List<ModelStore> stores = new CopyOnWriteArrayList<>();
	/** The store that loaded each open model, told when the model is closed (weak: a dropped model goes). */
	private final Map<OpenModel, ModelStore> loadedBy = Collections.synchronizedMap(new WeakHashMap<>());

	/** The clock service with the highest ranking (dynamic: a test may pin the day at any time). */
	@Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	private volatile Clock clock;

	/** The clock every model of this service reads: always the current clock service. */
	private final Clock currentClock = new Clock() {
		@Override
		public ZoneId getZone() {
			return clock().getZone();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return clock().withZone(zone);
		}

		@Override
		public Instant instant() {
			return clock().instant();
		}

		private Clock clock() {
			Clock current = clock;
			return current != null ? current : Clock.systemDefaultZone();
		}
	};

	/** Adds a store (DS bind method). */
	@Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC)
	public void addStore(ModelStore store) {
		stores.add(store);
	}

	/** Removes a store (DS unbind method). */
	public void removeStore(ModelStore store) {
		stores.remove(store);
	}

	@Override
	public OpenModel open(URI location, IProgressMonitor monitor) throws ModelStoreException {
		AdapterFactoryEditingDomain domain = newEditingDomain();
		ModelStore store = storeFor(location);
		// read before the content: a change during the load shows as a change, never the other way round
		Object version = store.version(location);
		Resource resource = store.load(location, domain.getResourceSet(), monitor);
		OpenModel model = new OpenModel(domain, resource, location);
		model.markStoredVersion(version);
		store.opened(model);
		loadedBy.put(model, store);
		return model;
	}

	@Override
	public String whyReadOnly(OpenModel model, EObject element) {
		ModelStore store = model == null || element == null ? null : loadedBy.get(model);
		return store == null ? null : store.whyReadOnly(model, element);
	}

	@Override
	public Map<EObject, ReviewState> reviewStates(OpenModel model,
			Collection<? extends EObject> elements) throws ModelStoreException {
		ModelStore store = model == null || elements.isEmpty() ? null : loadedBy.get(model);
		return store == null ? Map.of() : store.reviewStates(model, elements);
	}

	@Override
	public void close(OpenModel model) {
		ModelStore store = model == null ? null : loadedBy.remove(model);
		if (store != null) {
			store.closed(model);
		}
	}

	@Override
	public OpenModel create(URI location, String name) {
		AdapterFactoryEditingDomain domain = newEditingDomain();
		Resource resource = XmiFileStore.newResource(location);
		domain.getResourceSet().getResources().add(resource);
		Workspace workspace = SiempleoFactory.eINSTANCE.createWorkspace();
		workspace.setName(name);
		resource.getContents().add(workspace);
		OpenModel model = new OpenModel(domain, resource, location);
		return model;
	}

	@Override
	public void save(OpenModel model, IProgressMonitor monitor) throws ModelStoreException {
		ModelStore store = storeFor(model.location());
		synchronized (model.resource()) {
			store.save(model.resource(), model.location(), monitor);
		}
		model.markSaved(model.location());
		model.markStoredVersion(store.version(model.location()));
	}

	@Override
	public void saveAs(OpenModel model, URI location, IProgressMonitor monitor) throws ModelStoreException {
		ModelStore store = storeFor(location);
		synchronized (model.resource()) {
			store.save(model.resource(), location, monitor);
		}
		model.markSaved(location);
		model.markStoredVersion(store.version(location));
	}

	@Override
	public boolean changedSinceRead(OpenModel model) {
		Object read = model.storedVersion();
		if (read == null) {
			return false;
		}
		try {
			Object now = storeFor(model.location()).version(model.location());
			return now != null && !now.equals(read);
		} catch (ModelStoreException e) {
			// no store for the location any more (a plug-in's store removed): nothing to compare with
			return false;
		}
	}

	@Override
	public void saveCopy(OpenModel model, URI copy, IProgressMonitor monitor) throws ModelStoreException {
		// one writer of a resource at a time: a copy written on its own thread never runs beside a save
		synchronized (model.resource()) {
			storeFor(copy).save(model.resource(), copy, monitor);
		}
	}

	@Override
	public OpenModel openCopy(URI copy, URI location, IProgressMonitor monitor) throws ModelStoreException {
		OpenModel model = open(copy, monitor);
		model.markRecovered(location);
		// the copy's changes were made over the file as it was then; what is there now is what a save replaces
		model.markStoredVersion(storeFor(location).version(location));
		return model;
	}

	@Override
	public void revert(OpenModel model, IProgressMonitor monitor) throws ModelStoreException {
		ResourceSet scratch = newEditingDomain().getResourceSet();
		ModelStore store = storeFor(model.location());
		Object version = store.version(model.location());
		Resource fresh = store.load(model.location(), scratch, monitor);
		Resource resource = model.resource();
		List<org.eclipse.emf.ecore.EObject> roots = new ArrayList<>(fresh.getContents());
		resource.getContents().clear();
		resource.getContents().addAll(roots);
		resource.setModified(false);
		model.commandStack().flush();
		model.markSaved(model.location());
		model.markStoredVersion(version);
	}

	@Override
	public URI installShippedDataSet(Path folder) throws ModelStoreException {
		Path copy = folder.resolve(SHIPPED_DATA_SET);
		if (Files.exists(copy)) {
			return URI.createFileURI(copy.toAbsolutePath().toString());
		}
		URL shipped = FrameworkUtil.getBundle(DefaultModelService.class).getEntry("data/" + SHIPPED_DATA_SET);
		if (shipped == null) {
			throw new ModelStoreException(NLS.bind(Messages.DefaultModelService_noDataSet, SHIPPED_DATA_SET), null);
		}
		try (InputStream in = shipped.openStream(); AtomicFile file = AtomicFile.create(copy)) {
			Files.copy(in, file.temp(), StandardCopyOption.REPLACE_EXISTING);
			file.commit();
		} catch (IOException e) {
			throw new ModelStoreException(NLS.bind(Messages.DefaultModelService_copyFailed, copy, e.getMessage()), e);
		}
		return URI.createFileURI(copy.toAbsolutePath().toString());
	}

	private ModelStore storeFor(URI location) throws ModelStoreException {
		for (ModelStore store : stores) {
			if (store.handles(location)) {
				return store;
			}
		}
		throw new ModelStoreException(NLS.bind(Messages.DefaultModelService_noStore, location), null);
	}

	private AdapterFactoryEditingDomain newEditingDomain() {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new HistoryCommandStack());
		LocalOnlyURIConverter.secure(domain.getResourceSet());
		ModelClock.attach(domain.getResourceSet(), currentClock);
		return domain;
	}
}
