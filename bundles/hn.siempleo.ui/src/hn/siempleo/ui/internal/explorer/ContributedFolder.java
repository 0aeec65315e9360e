// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.Workspace;
import hn.siempleo.ui.ExplorerFolder;

/** A folder contributed to {@code hn.siempleo.ui.explorerFolders}, bound to the workspace it shows. */
record ContributedFolder(Workspace workspace, String id, String label, ExplorerFolder folder) {

	static final String EXTENSION_POINT = "hn.siempleo.ui.explorerFolders"; //$NON-NLS-1$

	/** The elements in the folder, live; empty when the contribution fails. */
	List<? extends EObject> elements() {
		try {
			return folder.elements(workspace);
		} catch (RuntimeException e) {
			ILog.of(ContributedFolder.class).log(Status.error(id, e));
			return List.of();
		}
	}

	/** The contributed folders for {@code workspace}; a contribution that cannot be created is logged and left out. */
	static List<ContributedFolder> of(Workspace workspace) {
		List<ContributedFolder> folders = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			try {
				ExplorerFolder folder = (ExplorerFolder) element.createExecutableExtension("class"); //$NON-NLS-1$
				String label = element.getAttribute("label"); //$NON-NLS-1$
				folders.add(new ContributedFolder(workspace, id, label == null ? id : label, folder));
			} catch (CoreException | RuntimeException e) {
				ILog.of(ContributedFolder.class).log(Status.error(String.valueOf(id), e));
			}
		}
		return folders;
	}
}
