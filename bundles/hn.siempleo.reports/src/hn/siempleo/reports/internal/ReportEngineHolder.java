// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.util.logging.Level;

import org.eclipse.birt.chart.device.ImageWriterFactory;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;

/**
 * The one BIRT report engine of the framework, created on first use (a second or two of class loading, so
 * never on the UI thread by design of the callers) and destroyed with the service. While it runs, the chart
 * engine writes its PNG images through {@link PalettePngWriters} (BIRT's factory is global: this is its one
 * home). Thread-safe.
 */
final class ReportEngineHolder {

	private IReportEngine engine;

	/** The engine, started now if it is not yet. */
	synchronized IReportEngine engine() throws BirtException {
		if (engine == null) {
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, Level.WARNING);
			// Inside OSGi BIRT's core bundle has already registered its platform: startup is then a no-op
			Platform.startup(config);
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new IllegalStateException("BIRT's report engine factory is not registered: is org.eclipse.birt.report.engine installed?");
			}
			engine = factory.createReportEngine(config);
			// charts of at most 256 colours as palette PNGs: the same pixels, decoded again far faster
			ImageWriterFactory.initInstance(new PalettePngWriters());
		}
		return engine;
	}

	/** Whether the engine has been started. */
	synchronized boolean isStarted() {
		return engine != null;
	}

	/** Destroys the engine if it was started. */
	synchronized void destroy() {
		if (engine != null) {
			engine.destroy();
			engine = null;
			ImageWriterFactory.initInstance(new ImageWriterFactory());
		}
	}
}
