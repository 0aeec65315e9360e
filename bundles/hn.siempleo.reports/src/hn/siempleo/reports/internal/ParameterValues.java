// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.reports.Choice;
import hn.siempleo.reports.ChoiceSource;
import hn.siempleo.reports.ParameterType;
import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportException.Reason;
import hn.siempleo.reports.ReportParameter;

/**
 * Checks the text values a user gave against a design's parameters and turns them into the values passed to
 * BIRT. Every parameter of the design gets a value (its default when not given); the empty string means "all".
 */
final class ParameterValues {

	private ParameterValues() {
	}

	/**
	 * @return the values by parameter name, complete for the design
	 * @throws ReportException BAD_PARAMETER naming the parameter and what is accepted
	 */
	static Map<String, String> check(ReportDesign design, Map<String, String> given, ReportData data)
			throws ReportException {
		for (String name : given.keySet()) {
			if (design.parameter(name).isEmpty()) {
				String known = design.parameters().stream().map(ReportParameter::name).collect(Collectors.joining(", "));
				throw bad(NLS.bind(Messages.ParameterValues_unknown,
						new Object[] { name, design.id(), known.isEmpty() ? Messages.ParameterValues_none : known }));
			}
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (ReportParameter parameter : design.parameters()) {
			String value = given.getOrDefault(parameter.name(), parameter.defaultValue());
			value = value == null ? "" : value.strip();
			check(parameter, value, data);
			values.put(parameter.name(), value);
		}
		return values;
	}

	private static void check(ReportParameter parameter, String value, ReportData data) throws ReportException {
		if (value.isEmpty()) {
			return;
		}
		if (parameter.type() == ParameterType.INTEGER) {
			try {
				Integer.parseInt(value);
			} catch (NumberFormatException e) {
				throw bad(NLS.bind(Messages.ParameterValues_notInteger, parameter.label(), value));
			}
		}
		List<String> allowed = allowed(parameter, data);
		if (allowed != null && !allowed.contains(value)) {
			throw bad(NLS.bind(Messages.ParameterValues_notAllowed, new Object[] { value, parameter.label(),
					allowed.isEmpty() ? Messages.ParameterValues_none : String.join(", ", allowed) }));
		}
	}

	/** The allowed non-empty values, or null when any value is accepted. */
	private static List<String> allowed(ReportParameter parameter, ReportData data) {
		if (!parameter.choices().isEmpty()) {
			return parameter.choices().stream().map(Choice::value).filter(v -> !v.isEmpty()).toList();
		}
		return parameter.choiceSource() == ChoiceSource.NONE ? null : data.values(parameter.choiceSource());
	}

	private static ReportException bad(String message) {
		return new ReportException(Reason.BAD_PARAMETER, message, null);
	}
}
