// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.reports.Choice;
import hn.siempleo.reports.ChoiceSource;
import hn.siempleo.reports.ParameterType;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportParameter;

/**
 * Reads the contributions to {@code hn.siempleo.reports.designs} into {@link ReportDesign}s. A contribution
 * with a missing id or file, or an id already taken, is logged and skipped; it never breaks the others.
 */
final class DesignCatalogue {

	/** The extension point's full id. */
	static final String EXTENSION_POINT = "hn.siempleo.reports.designs";

	private DesignCatalogue() {
	}

	/** The contributed designs by id, in contribution order. */
	static Map<String, ReportDesign> read(IExtensionRegistry registry, ILog log) {
		Map<String, ReportDesign> designs = new LinkedHashMap<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"design".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id");
			String file = element.getAttribute("file");
			if (blank(id) || blank(file)) {
				log.log(Status.warning(NLS.bind(Messages.DesignCatalogue_incomplete, contributor)));
				continue;
			}
			if (designs.containsKey(id)) {
				log.log(new Status(IStatus.WARNING, contributor, NLS.bind(Messages.DesignCatalogue_duplicate, id, contributor)));
				continue;
			}
			designs.put(id, new ReportDesign(id, text(element.getAttribute("name"), id),
					text(element.getAttribute("description"), ""), contributor, file, parameters(element)));
		}
		return designs;
	}

	private static List<ReportParameter> parameters(IConfigurationElement design) {
		List<ReportParameter> parameters = new ArrayList<>();
		for (IConfigurationElement element : design.getChildren("parameter")) {
			String name = element.getAttribute("name");
			if (blank(name)) {
				continue;
			}
			List<Choice> choices = new ArrayList<>();
			for (IConfigurationElement choice : element.getChildren("choice")) {
				String value = text(choice.getAttribute("value"), "");
				choices.add(new Choice(value, text(choice.getAttribute("label"), value)));
			}
			ParameterType type = "integer".equalsIgnoreCase(element.getAttribute("type")) ? ParameterType.INTEGER
					: ParameterType.STRING;
			parameters.add(new ReportParameter(name, text(element.getAttribute("label"), name),
					text(element.getAttribute("description"), ""), type, text(element.getAttribute("default"), ""), choices,
					ChoiceSource.of(element.getAttribute("choices"))));
		}
		return parameters;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String text(String text, String fallback) {
		return blank(text) ? fallback : text.strip();
	}
}
