// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.files.OutputRefusedException;
import hn.siempleo.core.files.OutputTargets;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportParameter;
import hn.siempleo.reports.ReportService;

/**
 * Renders one report of the catalogue from a model file:
 * {@code siempleo report --design ID --model FILE --format pdf|html|docx --out FILE [--param name=value]...}.
 * {@code --list} prints the catalogue with each design's parameters.
 */
public final class ReportCommand {

	/** The report was written. */
	public static final int OK = 0;
	/** Wrong arguments. */
	public static final int USAGE = 2;
	/** The model could not be loaded (same code as {@code validate}). */
	public static final int LOAD_FAILED = 3;
	/** No design with that id. */
	public static final int UNKNOWN_DESIGN = 4;
	/** A parameter is unknown or has a value the design does not accept. */
	public static final int BAD_PARAMETER = 5;
	/** The engine failed, or the output could not be written. */
	public static final int RENDER_FAILED = 6;

	private final PrintStream out;
	private final PrintStream err;

	public ReportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command on its arguments (launcher arguments already removed); the services may be null. */
	public int run(List<String> args, ModelService models, ReportService reports) {
		ReportArguments arguments = ReportArguments.parse(args);
		if (arguments.error() != null) {
			err.println(arguments.error());
			err.println(Messages.ReportCommand_usage);
			return USAGE;
		}
		if (models == null || reports == null) {
			err.println(Messages.ReportCommand_noService);
			return RENDER_FAILED;
		}
		if (arguments.list) {
			list(reports);
			return OK;
		}
		if (reports.design(arguments.design).isEmpty()) {
			err.println(NLS.bind(Messages.ReportCommand_unknownDesign, arguments.design, ids(reports)));
			return UNKNOWN_DESIGN;
		}
		Path output = Path.of(arguments.output).toAbsolutePath();
		if (!Files.isDirectory(output.getParent())) {
			err.println(NLS.bind(Messages.ReportCommand_noFolder, output.getParent()));
			return USAGE;
		}
		Path modelFile = Path.of(arguments.model).toAbsolutePath();
		try {
			OutputTargets.check(output, modelFile);
		} catch (OutputRefusedException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		OpenModel model;
		try {
			model = models.open(URI.createFileURI(modelFile.toString()),
					new NullProgressMonitor());
		} catch (ModelStoreException e) {
			err.println(e.getMessage());
			return LOAD_FAILED;
		}
		return render(reports, arguments, model, output);
	}

	private int render(ReportService reports, ReportArguments arguments, OpenModel model, Path output) {
		LocalDate asOf = arguments.asOf != null ? arguments.asOf : ModelClock.today(model.workspace());
		try (ReportData data = reports.exportData(model.workspace(), asOf, arguments.design)) {
			reports.render(arguments.design, data, arguments.format, arguments.parameters, output, new NullProgressMonitor());
			out.println(NLS.bind(Messages.ReportCommand_written, output));
			return OK;
		} catch (ReportException e) {
			err.println(e.getMessage());
			return switch (e.reason()) {
			case UNKNOWN_DESIGN -> UNKNOWN_DESIGN;
			case BAD_PARAMETER -> BAD_PARAMETER;
			case BAD_OUTPUT -> USAGE;
			case BAD_MODEL -> LOAD_FAILED;
			case RENDER_FAILED, CANCELLED -> RENDER_FAILED;
			};
		}
	}

	private void list(ReportService reports) {
		for (ReportDesign design : reports.designs()) {
			out.println(design.id() + "\t" + design.name());
			for (ReportParameter parameter : design.parameters()) {
				out.println("\t--param " + parameter.name() + "=…\t" + parameter.label() + ": " + parameter.description());
			}
		}
	}

	private static String ids(ReportService reports) {
		return String.join(", ", reports.designs().stream().map(ReportDesign::id).toList());
	}
}
