// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.reports.ReportFormat;

/** The parsed arguments of {@code siempleo report}; {@link #error()} tells what was wrong, if anything. */
final class ReportArguments {

	String design;
	String model;
	ReportFormat format;
	String output;
	/** The day for derived values; null: today by the model's clock. */
	LocalDate asOf;
	boolean list;
	final Map<String, String> parameters = new LinkedHashMap<>();
	private String error;

	static ReportArguments parse(List<String> args) {
		ReportArguments result = new ReportArguments();
		for (int i = 0; i < args.size() && result.error == null; i++) {
			String arg = args.get(i);
			if ("--list".equals(arg)) {
				result.list = true;
				continue;
			}
			if (!arg.startsWith("--") || i + 1 >= args.size()) {
				result.error = NLS.bind(arg.startsWith("--") ? Messages.ReportCommand_missingValue
						: Messages.ReportCommand_unknownOption, arg);
				continue;
			}
			result.option(arg, args.get(++i));
		}
		if (result.error == null && !result.list) {
			result.checkComplete();
		}
		return result;
	}

	private void option(String name, String value) {
		switch (name) {
		case "--design" -> design = value;
		case "--model" -> model = value;
		case "--out" -> output = value;
		case "--format" -> {
			format = ReportFormat.of(value);
			if (format == null) {
				error = NLS.bind(Messages.ReportCommand_badFormat, value);
			}
		}
		case "--as-of" -> {
			try {
				asOf = LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				error = NLS.bind(Messages.ReportCommand_badDate, value);
			}
		}
		case "--param" -> {
			int equals = value.indexOf('=');
			if (equals <= 0) {
				error = NLS.bind(Messages.ReportCommand_badParam, value);
			} else {
				parameters.put(value.substring(0, equals).strip(), value.substring(equals + 1));
			}
		}
		default -> error = NLS.bind(Messages.ReportCommand_unknownOption, name);
		}
	}

	private void checkComplete() {
		if (format == null && output != null) {
			int dot = output.lastIndexOf('.');
			format = dot < 0 ? null : ReportFormat.of(output.substring(dot + 1));
		}
		if (design == null || model == null || output == null) {
			error = Messages.ReportCommand_missingArguments;
		} else if (format == null) {
			error = NLS.bind(Messages.ReportCommand_badFormat, output);
		}
	}

	/** What is wrong with the arguments, or null. */
	String error() {
		return error;
	}
}
