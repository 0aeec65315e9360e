// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.util.logging.Level;

import org.eclipse.birt.chart.device.ImageWriterFactory;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.javascript.JavascriptEngineFactory;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * The one BIRT report engine of the framework, created on first use (a second or two of class loading, so
 * never on the UI thread by design of the callers) and destroyed with the service. While it runs, the chart
 * engine writes its PNG images through {@link PalettePngWriters} (BIRT's factory is global: this is its one
 * home), and the reports' scripts run in Rhino's interpreter ({@link #interpreted}). Thread-safe.
 */
final class ReportEngineHolder {

	/**
	 * Puts every Rhino context in interpreted mode. Compiled, Rhino writes each script of a design as a Java class
	 * for every report task (BIRT compiles a design's scripts again per task), and the JIT then compiles those
	 * classes again: a tenth of an 83-action render and C1 and C2 time on the other core. The designs' scripts are
	 * short expressions (filters, a chart's labels), which the interpreter runs as they are. Rhino's context
	 * factory is global, as BIRT's script plug-in sets it up: the listener is on it while this engine runs.
	 */
	private final ContextFactory.Listener interpreted = new ContextFactory.Listener() {

		@Override
		public void contextCreated(Context context) {
			context.setInterpretedMode(true);
		}

		@Override
		public void contextReleased(Context context) {
			// nothing to undo: the context ends here
		}
	};

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
			// BIRT's script plug-in installs its global context factory when it starts, which loading its
			// factory class does; the listener goes on that factory, not on Rhino's default one it replaces
			JavascriptEngineFactory.class.getName();
			ContextFactory.getGlobal().addListener(interpreted);
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
			ContextFactory.getGlobal().removeListener(interpreted);
			ImageWriterFactory.initInstance(new ImageWriterFactory());
		}
	}
}
