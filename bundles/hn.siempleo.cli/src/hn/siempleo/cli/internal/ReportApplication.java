// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import hn.siempleo.core.ModelService;
import hn.siempleo.reports.ReportService;

/** {@code ./siempleo report ...}: renders a report headless; the exit code is the one of {@link ReportCommand}. */
public final class ReportApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try (CliServices services = new CliServices()) {
			return new ReportCommand(System.out, System.err).run(args == null ? List.of() : List.of(args),
					services.get(ModelService.class), services.get(ReportService.class));
		}
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
