// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import hn.siempleo.ui.WorkbenchIds;
import hn.siempleo.ui.internal.files.ModelFiles;

/**
 * Opens the Planificación perspective first, reopens the last model (the shipped data set on a first
 * start) and offers to save unsaved changes before the workbench closes.
 */
final class SiempleoWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return WorkbenchIds.PERSPECTIVE_PLANNING;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SiempleoWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> ModelFiles.of(PlatformUI.getWorkbench()).openAtStartup());
	}

	@Override
	public boolean preShutdown() {
		return ModelFiles.of(PlatformUI.getWorkbench()).promptToSaveChanges();
	}
}
