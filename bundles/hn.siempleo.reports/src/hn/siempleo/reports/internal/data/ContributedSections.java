// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Workspace;
import hn.siempleo.reports.ReportDataSection;

/** Writes the sections contributed to {@code hn.siempleo.reports.dataSections}; a failing one is logged and skipped. */
final class ContributedSections {

	static final String EXTENSION_POINT = "hn.siempleo.reports.dataSections"; //$NON-NLS-1$

	private ContributedSections() {
	}

	static void write(Workspace model, LocalDate asOf, XmlOut xml) throws XMLStreamException {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			ReportDataSection section;
			try {
				section = (ReportDataSection) element.createExecutableExtension("class"); //$NON-NLS-1$
			} catch (CoreException | RuntimeException e) {
				ILog.of(ContributedSections.class).log(Status.error(NLS.bind(Messages.ContributedSections_failed,
						element.getAttribute("id"), element.getContributor().getName()), e)); //$NON-NLS-1$
				continue;
			}
			section.write(model, asOf, xml);
		}
	}
}
