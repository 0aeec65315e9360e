// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.Workspace;

/**
 * A folder of the explorer contributed by a plug-in through {@code hn.siempleo.ui.explorerFolders}, shown after
 * the core folders with the label the extension gives and the number of elements ("Cursos INFOP (12)").
 * Elements are labelled, edited and deleted through their item providers (EMF's reflective ones when the
 * plug-in has no edit code). Called on the UI thread; read the model only.
 */
public interface ExplorerFolder {

	/** The elements in the folder, live from the model; never null. */
	List<? extends EObject> elements(Workspace workspace);
}
