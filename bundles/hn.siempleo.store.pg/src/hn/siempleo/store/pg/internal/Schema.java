// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The database schema, managed by Flyway migrations shipped in this bundle ({@code db/migration}); they run only
 * when the user consents. Flyway finds its database support through {@code META-INF/services} of its own bundle;
 * the PostgreSQL support is wrapped as a fragment of it (see the target platform).
 */
final class Schema {

	/** The schema holding every table of the shared store. */
	static final String NAME = "siempleo"; //$NON-NLS-1$

	private Schema() {
	}

	/** The versions not yet applied, in order (empty when the database is current). */
	static List<String> pending(DataSource dataSource) {
		List<String> versions = new ArrayList<>();
		for (MigrationInfo info : flyway(dataSource).info().pending()) {
			versions.add(info.getVersion() + " " + info.getDescription()); //$NON-NLS-1$
		}
		return versions;
	}

	/** Applies the pending migrations; the connection's role must own the database (or create in it). */
	static int migrate(DataSource dataSource) throws FlywayException {
		return flyway(dataSource).migrate().migrationsExecuted;
	}

	private static Flyway flyway(DataSource dataSource) {
		startFlyway();
		return Flyway.configure(Schema.class.getClassLoader()).dataSource(dataSource).schemas(NAME).createSchemas(true)
				.locations("classpath:db/migration").load(); //$NON-NLS-1$
	}

	/**
	 * Flyway scans {@code bundleresource:} locations through its own bundle's context, which exists only once the
	 * (wrapped, activator-less) bundle is started.
	 */
	private static void startFlyway() {
		Bundle bundle = FrameworkUtil.getBundle(Flyway.class);
		if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
			try {
				bundle.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				throw new FlywayException(e.getMessage(), e);
			}
		}
	}
}
