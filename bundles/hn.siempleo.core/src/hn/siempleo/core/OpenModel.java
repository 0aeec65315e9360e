// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import hn.siempleo.model.Workspace;

/**
 * A model opened through the {@link ModelService}: its content, the one editing domain every editor of it
 * shares (so there is one undo history), and where it is stored. Touch it from the UI thread only, or from a
 * job that owns it.
 */
public final class OpenModel {

	private final AdapterFactoryEditingDomain editingDomain;
	private final Resource resource;
	private URI location;
	/** Whether the content was read from a copy of unsaved changes rather than from where it is stored. */
	private boolean recovered;
	/** The store's version of what was read or last saved (see {@code ModelStore.version}); null when unknown. */
	private volatile Object storedVersion;

	/**
	 * Called by the model service.
	 *
	 * @param editingDomain the domain whose resource set holds {@code resource}
	 * @param resource the resource whose root is a {@link Workspace}
	 * @param location where the model is stored
	 */
	public OpenModel(AdapterFactoryEditingDomain editingDomain, Resource resource, URI location) {
		this.editingDomain = editingDomain;
		this.resource = resource;
		this.location = location;
	}

	/** The root of the model. */
	public Workspace workspace() {
		return (Workspace) resource.getContents().get(0);
	}

	/** The editing domain: every change to the model is a command executed on its command stack. */
	public AdapterFactoryEditingDomain editingDomain() {
		return editingDomain;
	}

	/** The command stack of the editing domain. */
	public BasicCommandStack commandStack() {
		return (BasicCommandStack) editingDomain.getCommandStack();
	}

	/** The resource holding the model; for stores and adapters, not for saving directly. */
	public Resource resource() {
		return resource;
	}

	/** Where the model is stored. */
	public URI location() {
		return location;
	}

	/** A short name for window titles: the file name without folder. */
	public String displayName() {
		return location.lastSegment() == null ? location.toString() : URI.decode(location.lastSegment());
	}

	/** Whether there are changes not yet saved (a model recovered from a copy has some until it is saved). */
	public boolean isDirty() {
		return recovered || commandStack().isSaveNeeded();
	}

	/** Records that the current state is saved at {@code savedAt}; called by the model service. */
	public void markSaved(URI savedAt) {
		this.location = savedAt;
		resource.setURI(savedAt);
		recovered = false;
		commandStack().saveIsDone();
	}

	/** The store's version of what this model was read from or last saved as; null when unknown. */
	public Object storedVersion() {
		return storedVersion;
	}

	/** Records the store's version of what this model was read from or saved as; called by the model service. */
	public void markStoredVersion(Object version) {
		this.storedVersion = version;
	}

	/**
	 * Records that the content was read from a copy of unsaved changes of the model stored at {@code location}:
	 * the model is that one, dirty until saved. Called by the model service.
	 */
	public void markRecovered(URI location) {
		this.location = location;
		resource.setURI(location);
		recovered = true;
	}
}
