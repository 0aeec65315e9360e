// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.database.postgresql.PostgreSQLDatabaseType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The database schema, managed by Flyway migrations shipped in this bundle ({@code db/migration}); they run only
 * when the user consents. Flyway finds its database support through {@code META-INF/services}, which OSGi
 * hides between bundles: a class loader here shows it the PostgreSQL plug-in's entries.
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
		return Flyway.configure(new PluginClassLoader()).dataSource(dataSource).schemas(NAME).createSchemas(true)
				.locations("classpath:db/migration").load(); //$NON-NLS-1$
	}

	/** This bundle's class loader, plus the service files of Flyway and its PostgreSQL plug-in. */
	private static final class PluginClassLoader extends ClassLoader {
		private final List<Bundle> serviceBundles = List.of(FrameworkUtil.getBundle(Flyway.class),
				FrameworkUtil.getBundle(PostgreSQLDatabaseType.class));

		PluginClassLoader() {
			super(Schema.class.getClassLoader());
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			List<URL> urls = Collections.list(super.getResources(name));
			if (name.startsWith("META-INF/services/")) { //$NON-NLS-1$
				for (Bundle bundle : serviceBundles) {
					Enumeration<URL> found = bundle.getResources(name);
					if (found != null) {
						urls.addAll(Collections.list(found));
					}
				}
			}
			return Collections.enumeration(urls);
		}

		@Override
		protected Class<?> findClass(String name) throws ClassNotFoundException {
			for (Bundle bundle : serviceBundles) {
				try {
					return bundle.loadClass(name);
				} catch (ClassNotFoundException e) {
					// try the next
				}
			}
			throw new ClassNotFoundException(name);
		}
	}
}
