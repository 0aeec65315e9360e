// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import hn.siempleo.core.ModelService;

/**
 * {@code ./siempleo validate FILE}: loads a model, runs every validation rule and prints the findings. The
 * exit code is the one of {@link ValidateCommand}.
 */
public final class ValidateApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try (CliServices services = new CliServices()) {
			return new ValidateCommand(System.out, System.err).run(args == null ? List.of() : List.of(args),
					services.get(ModelService.class));
		}
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
