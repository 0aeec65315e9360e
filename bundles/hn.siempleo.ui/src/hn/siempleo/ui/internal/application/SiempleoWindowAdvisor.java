// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;

/** Sizes the main window and titles it with the product and the open model, marked with * while dirty. */
final class SiempleoWindowAdvisor extends WorkbenchWindowAdvisor {

	private final ModelSession session;
	private final ModelSessionListener titleUpdater = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			updateTitle(model);
		}

		@Override
		public void dirtyChanged(OpenModel model) {
			updateTitle(model);
		}
	};

	private boolean restored;

	SiempleoWindowAdvisor(IWorkbenchWindowConfigurer configurer, ModelSession session) {
		super(configurer);
		this.session = session;
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		// a first start fills the screen (postWindowCreate maximizes); a later start restores the saved bounds
		Rectangle screen = configurer.getWorkbenchConfigurer().getWorkbench().getDisplay().getPrimaryMonitor().getClientArea();
		configurer.setInitialSize(new Point(screen.width, screen.height));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(productName());
		session.addListener(titleUpdater);
	}

	@Override
	public void postWindowRestore() {
		restored = true;
	}

	@Override
	public void postWindowCreate() {
		if (!restored) {
			getWindowConfigurer().getWindow().getShell().setMaximized(true);
		}
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		StartupTrace.installIfRequested(session, configurer.getWindow().getShell(),
				configurer.getWorkbenchConfigurer().getWorkbench());
		JvmCacheRecording.installIfRecording(configurer.getWindow().getShell(), session,
				configurer.getActionBarConfigurer().getStatusLineManager()::setMessage);
	}

	@Override
	public void postWindowClose() {
		session.removeListener(titleUpdater);
	}

	private void updateTitle(OpenModel model) {
		String title = model == null ? productName()
				: productName() + " \u2014 " + (model.isDirty() ? "*" : "") + model.displayName(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		getWindowConfigurer().setTitle(title);
	}

	private static String productName() {
		return Platform.getProduct() != null ? Platform.getProduct().getName() : "Sí Empleo Workbench"; //$NON-NLS-1$
	}
}
