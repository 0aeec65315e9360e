// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Enumeration;
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

	/**
	 * Whether the database has the newest migration this bundle ships, successfully applied: one query, where
	 * asking Flyway scans the bundle and reads the whole history (done before each open of a plan). When this
	 * says no, {@link #pending} names what is missing.
	 */
	static boolean isCurrent(DataSource dataSource) {
		String latest = latestShipped();
		if (latest == null) {
			return false;
		}
		try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
				"SELECT 1 FROM " + NAME + ".flyway_schema_history WHERE success AND version = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			st.setString(1, latest);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next();
			}
		} catch (SQLException e) {
			return false; // no history table yet, or no access: Flyway says what is wrong
		}
	}

	/** The version of the newest migration in {@code db/migration} (e.g. "2" for V2__views.sql), or null. */
	static String latestShipped() {
		Bundle bundle = FrameworkUtil.getBundle(Schema.class);
		Enumeration<URL> entries = bundle == null ? null : bundle.findEntries("db/migration", "V*__*.sql", false); //$NON-NLS-1$ //$NON-NLS-2$
		if (entries == null) {
			return null;
		}
		String latest = null;
		while (entries.hasMoreElements()) {
			String path = entries.nextElement().getPath();
			String name = path.substring(path.lastIndexOf('/') + 2);
			String version = name.substring(0, name.indexOf("__")).replace('_', '.'); //$NON-NLS-1$
			if (latest == null || compare(version, latest) > 0) {
				latest = version;
			}
		}
		return latest;
	}

	private static int compare(String a, String b) {
		String[] x = a.split("\\."); //$NON-NLS-1$
		String[] y = b.split("\\."); //$NON-NLS-1$
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			long p = i < x.length ? Long.parseLong(x[i]) : 0;
			long q = i < y.length ? Long.parseLong(y[i]) : 0;
			if (p != q) {
				return Long.compare(p, q);
			}
		}
		return 0;
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
