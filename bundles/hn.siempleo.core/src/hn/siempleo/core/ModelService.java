// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

import hn.siempleo.core.spi.ModelStore;

/**
 * The one way to open, create, save and revert models. An OSGi service; it delegates to the
 * {@link ModelStore} that handles a location, so editors work the same on a local file or a shared store.
 * Methods may run in a job; each call is complete or fails without side effects on what is stored.
 */
public interface ModelService {

	/** File extension of local models. */
	String FILE_EXTENSION = "siempleo";

	/** Opens a model with a fresh editing domain. */
	OpenModel open(URI location, IProgressMonitor monitor) throws ModelStoreException;

	/** A new, empty model that will be saved at {@code location}; nothing is written yet. */
	OpenModel create(URI location, String name);

	/** Saves a model where it was opened from; afterwards it is not dirty. */
	void save(OpenModel model, IProgressMonitor monitor) throws ModelStoreException;

	/** Saves a model at a new location, which becomes its location. */
	void saveAs(OpenModel model, URI location, IProgressMonitor monitor) throws ModelStoreException;

	/**
	 * Writes a model to another location as a save would, without moving it there or marking it saved (a copy of
	 * its unsaved changes: see {@link hn.siempleo.core.recovery.RecoveryCopies}).
	 */
	void saveCopy(OpenModel model, URI copy, IProgressMonitor monitor) throws ModelStoreException;

	/**
	 * Opens a copy written by {@link #saveCopy} as the model stored at {@code location}, with unsaved changes:
	 * saving writes it there.
	 */
	OpenModel openCopy(URI copy, URI location, IProgressMonitor monitor) throws ModelStoreException;

	/**
	 * Whether what is stored where the model lives changed since the model was read or last saved there (another
	 * program or person saved it): saving would replace those changes. False when the store cannot tell or
	 * nothing is stored there any more.
	 */
	boolean changedSinceRead(OpenModel model);

	/** Discards unsaved changes: the content is read again and the undo history is cleared. */
	void revert(OpenModel model, IProgressMonitor monitor) throws ModelStoreException;

	/**
	 * Closes an open model: the store that loaded it releases what it keeps open for it (for a shared plan: the
	 * session, its connections and its LISTEN). Unsaved changes are not saved; the model is not used afterwards.
	 * Closing a model twice, or one that was created rather than opened, does nothing.
	 */
	void close(OpenModel model);

	/**
	 * Why the user may not change an element of an open model (e.g. a shared plan's action of another office),
	 * in the user's language, or null when they may. Cheap: views ask it for every element they show.
	 */
	String whyReadOnly(OpenModel model, EObject element);

	/**
	 * The review state of elements of an open model (e.g. progress reports waiting for approval in a shared plan),
	 * whether each waits for the review and in the user's words; elements without one are left out (always, for a
	 * file). May ask a server: call it once for what a dialog shows. It may be called on any thread (it does not
	 * change the model), e.g. in a job for a view that refreshes often.
	 *
	 * @throws ModelStoreException when the states cannot be read
	 */
	Map<EObject, ReviewState> reviewStates(OpenModel model, Collection<? extends EObject> elements)
			throws ModelStoreException;

	/**
	 * Ensures the user's copy of the shipped "Sí Empleo 2024" data set exists in {@code folder} (the shipped
	 * file itself is never modified) and returns its location. An existing copy is kept as it is.
	 */
	URI installShippedDataSet(Path folder) throws ModelStoreException;

	/** File name of the shipped data set. */
	String SHIPPED_DATA_SET = "si-empleo-2024.siempleo";
}
