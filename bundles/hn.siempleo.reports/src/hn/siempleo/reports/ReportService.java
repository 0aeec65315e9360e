// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import hn.siempleo.model.Workspace;

/**
 * The report catalogue and the one BIRT engine of the running framework, as an OSGi service.
 * <p>
 * Producing a report takes two steps: {@link #exportData} reads the model and writes the report-data XML
 * (call it where the model may be read: the UI thread, or a job that owns the model), then {@link #render}
 * runs a design on that data from any thread. The engine starts on the first render, never on the UI thread
 * unless a render is called there. Several renders may run at once.
 */
public interface ReportService {

	/** The designs contributed to {@code hn.siempleo.reports.designs}, in contribution order; never null. */
	List<ReportDesign> designs();

	/** The design with this id, if contributed. */
	Optional<ReportDesign> design(String id);

	/**
	 * The values a user may choose for a parameter: its static choices, or those derived from {@code model}
	 * (axes, offices, years...). The first choice is the empty value ("all") when the parameter allows it.
	 *
	 * @param model the model the report will be made from, or null for static choices only
	 * @return the choices, empty when the parameter takes free input
	 */
	List<Choice> choices(ReportParameter parameter, Workspace model);

	/**
	 * Writes the report data of {@code model} to a temporary file; close the result to delete it.
	 *
	 * @param asOf the day for derived values (semáforo, overdue), usually today
	 * @throws ReportException with reason BAD_MODEL when the model cannot be written
	 */
	ReportData exportData(Workspace model, LocalDate asOf) throws ReportException;

	/**
	 * Writes the report data one design reads to a temporary file: only the sections of the model its data sets
	 * read (every section when it reads the whole file), and every section a plug-in contributes. Render that design
	 * on it, no other; close the result to delete it.
	 *
	 * @param asOf the day for derived values (semáforo, overdue), usually today
	 * @throws ReportException with reason UNKNOWN_DESIGN when no design has that id, BAD_MODEL when the model cannot
	 *             be written
	 */
	ReportData exportData(Workspace model, LocalDate asOf, String designId) throws ReportException;

	/**
	 * Writes the report data of {@code model} to {@code file} (kept after close), e.g. the sample a planner
	 * opens in the BIRT Designer.
	 *
	 * @throws ReportException with reason BAD_MODEL when the file cannot be written
	 */
	ReportData exportData(Workspace model, LocalDate asOf, Path file) throws ReportException;

	/**
	 * Renders a design on report data into {@code output}. The file appears complete or not at all: it is
	 * written beside and moved into place when done.
	 *
	 * @param designId a design of the catalogue
	 * @param data report data from {@link #exportData}
	 * @param format the output format
	 * @param parameters values by parameter name, as text; missing ones take their default
	 * @param output the file to write; its folder must exist
	 * @param monitor progress and cancellation, may be null
	 * @throws ReportException UNKNOWN_DESIGN, BAD_PARAMETER, RENDER_FAILED or CANCELLED, with a message for
	 *             the user
	 */
	void render(String designId, ReportData data, ReportFormat format, Map<String, String> parameters, Path output,
			IProgressMonitor monitor) throws ReportException;

	/**
	 * Starts the engine, compiles every design of the catalogue and renders each design shipped with the service once
	 * on the sample data (to a file that is deleted), so that the first report a planner asks for, whichever it is,
	 * does not wait for them and BIRT's code is compiled by the JIT; the workbench calls it in a
	 * background job once it is idle. Compiled designs are kept for later renders. Calling it again compiles
	 * only designs contributed since. A design that cannot be compiled is logged, not thrown: it fails when
	 * rendered.
	 *
	 * @param monitor progress and cancellation, may be null
	 * @throws ReportException RENDER_FAILED when the engine cannot start, CANCELLED when cancelled
	 */
	void prepare(IProgressMonitor monitor) throws ReportException;
}
