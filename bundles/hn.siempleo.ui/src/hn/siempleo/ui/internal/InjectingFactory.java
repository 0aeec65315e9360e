// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Creates a 3.x extension (a handler of {@code org.eclipse.ui.handlers}) through the workbench's e4 context,
 * so that it receives its services by constructor injection instead of looking them up:
 * {@code class="hn.siempleo.ui.internal.InjectingFactory:fully.qualified.ClassName"}.
 */
public final class InjectingFactory implements IExecutableExtensionFactory, IExecutableExtension {

	private Bundle contributor;
	private String className;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		className = data instanceof String name ? name.strip() : null;
		contributor = org.eclipse.core.runtime.Platform.getBundle(config.getContributor().getName());
	}

	@Override
	public Object create() throws CoreException {
		Bundle bundle = contributor != null ? contributor : FrameworkUtil.getBundle(InjectingFactory.class);
		try {
			Class<?> type = bundle.loadClass(className);
			IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class);
			return ContextInjectionFactory.make(type, context);
		} catch (ClassNotFoundException | RuntimeException e) {
			throw new CoreException(Status.error("Cannot create " + className, e)); //$NON-NLS-1$
		}
	}
}
