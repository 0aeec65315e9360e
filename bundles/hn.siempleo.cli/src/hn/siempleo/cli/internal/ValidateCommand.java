// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.extensions.MissingExtension;
import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.model.text.Labels;
import hn.siempleo.model.text.Validation;
import hn.siempleo.model.validation.ContributedRules;

/** Validates one model file and prints each finding: severity, element, rule and message. */
public final class ValidateCommand {

	/** No errors (warnings may exist). */
	public static final int OK = 0;
	/** The model has errors. */
	public static final int ERRORS = 1;
	/** Wrong arguments. */
	public static final int USAGE = 2;
	/** The file could not be loaded. */
	public static final int LOAD_FAILED = 3;

	private final PrintStream out;
	private final PrintStream err;

	public ValidateCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command on its arguments (program arguments of the launcher already removed). */
	public int run(List<String> args, ModelService service) {
		List<String> files = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("-")) {
				err.println(NLS.bind(Messages.ValidateCommand_unknownOption, arg));
				err.println(Messages.ValidateCommand_usage);
				return USAGE;
			}
			files.add(arg);
		}
		if (files.size() != 1) {
			err.println(Messages.ValidateCommand_usage);
			return USAGE;
		}
		if (service == null) {
			err.println(Messages.ValidateCommand_noService);
			return LOAD_FAILED;
		}
		Path file = Path.of(files.get(0)).toAbsolutePath();
		OpenModel model;
		try {
			model = service.open(URI.createFileURI(file.toString()), new NullProgressMonitor());
		} catch (ModelStoreException e) {
			err.println(e.getMessage());
			return LOAD_FAILED;
		}
		for (MissingExtension missing : ModelExtensions.missing(model.resource())) {
			err.println(NLS.bind(Messages.ValidateCommand_missingExtension, missing.getMessage()));
		}
		Diagnostic result = Validation.validate(model.workspace());
		int errors = 0;
		int warnings = 0;
		for (Diagnostic finding : result.getChildren()) {
			if (finding.getSeverity() >= Diagnostic.ERROR) {
				errors++;
			} else if (finding.getSeverity() == Diagnostic.WARNING) {
				warnings++;
			} else {
				continue;
			}
			out.println(String.join("\t", severity(finding), element(finding), rule(finding), finding.getMessage()));
		}
		out.println(NLS.bind(Messages.ValidateCommand_summary, new Object[] { file.getFileName(), errors, warnings }));
		return errors > 0 ? ERRORS : OK;
	}

	private static String severity(Diagnostic finding) {
		return finding.getSeverity() >= Diagnostic.ERROR ? Messages.ValidateCommand_error : Messages.ValidateCommand_warning;
	}

	private static String element(Diagnostic finding) {
		return !finding.getData().isEmpty() && finding.getData().get(0) instanceof EObject object
				? Labels.describe(object)
				: "-";
	}

	private static String rule(Diagnostic finding) {
		String rule = ContributedRules.ruleId(finding);
		return rule == null ? "emf." + finding.getCode() : rule;
	}
}
