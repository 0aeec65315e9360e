// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.spi;

import java.util.Collection;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.ReviewState;

/**
 * Where models live: a local file or a shared database. Implementations are OSGi services (this is a service
 * provider interface: institutions may implement it); the {@link ModelService} picks the one that
 * {@link #handles(URI) handles} a location. Editors never call a store directly.
 */
public interface ModelStore {

	/** Whether this store can load and save the model at a location. */
	boolean handles(URI location);

	/**
	 * Loads a model completely or not at all.
	 *
	 * @param location a location this store {@link #handles(URI) handles}
	 * @param resourceSet the set the new resource joins
	 * @param monitor progress and cancellation; may be null
	 * @return a resource whose only root is a {@link hn.siempleo.model.Workspace}
	 * @throws ModelStoreException naming the problem (and its position) when the model cannot be loaded
	 */
	Resource load(URI location, ResourceSet resourceSet, IProgressMonitor monitor) throws ModelStoreException;

	/**
	 * Saves a model atomically: either the whole new content is stored, or the previously stored content is
	 * left untouched.
	 *
	 * @param resource the resource to save; its URI is not changed
	 * @param location where to save
	 * @param monitor progress; may be null
	 * @throws ModelStoreException when nothing was saved
	 */
	void save(Resource resource, URI location, IProgressMonitor monitor) throws ModelStoreException;

	/**
	 * A token that changes whenever what is stored at a location changes, whoever changed it (for a file: its size
	 * and modification time), or null when the store cannot tell or nothing is stored there. The model service
	 * compares it with the one of the last load or save, so that a save does not silently replace what another
	 * program or person saved meanwhile. The default cannot tell.
	 */
	default Object version(URI location) {
		return null;
	}

	/**
	 * Called by the model service once a model this store loaded is open (its editing domain and command stack
	 * exist). A store that keeps a live connection attaches to the command stack here, e.g. to send each
	 * executed command as a delta. The default does nothing.
	 *
	 * @param model the open model; its {@link OpenModel#commandStack()} is a {@link HistoryCommandStack}
	 */
	default void opened(OpenModel model) {
		// a file store keeps nothing open
	}

	/** Called when an open model this store loaded is closed; the default does nothing. */
	default void closed(OpenModel model) {
		// nothing to release
	}

	/**
	 * Why the user may not change an element of a model this store loaded, in the user's language, or null when
	 * they may (the default: a file can be changed by whoever opened it). A shared store answers from the rights
	 * its server enforces, without asking the server each time: editors call this for every row they show.
	 */
	default String whyReadOnly(OpenModel model, EObject element) {
		return null;
	}

	/**
	 * The review state of elements of a model this store loaded: whether each waits for its review, and in the
	 * user's language (e.g. a progress report waiting for a central role's approval, or who approved it and when);
	 * elements without one are left out. The
	 * default has none: a file has no reviews. A shared store may ask its server: call it once for what a dialog
	 * shows, not for every painted row. It may be called on any thread and must not change the model.
	 *
	 * @throws ModelStoreException when the states cannot be read (e.g. the server is out of reach)
	 */
	default Map<EObject, ReviewState> reviewStates(OpenModel model, Collection<? extends EObject> elements)
			throws ModelStoreException {
		return Map.of();
	}
}
