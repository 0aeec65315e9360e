// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import org.osgi.service.component.annotations.Component;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.ui.StartupPreparation;

/** Inicio's figures of the model opened at start, computed in the job that reads it (see {@link InicioFigures}). */
@Component(service = StartupPreparation.class)
public final class InicioStartupPreparation implements StartupPreparation {

	@Override
	public void prepare(OpenModel model) {
		InicioFigures.prepare(model, ModelClock.today(model.workspace()));
	}
}
