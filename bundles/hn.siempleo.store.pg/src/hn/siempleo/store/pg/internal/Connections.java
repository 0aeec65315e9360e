// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import hn.siempleo.store.pg.ServerAddress;

/**
 * One HikariCP pool per server, database and role; the password is taken when the pool is made (given, else the
 * environment variable, else pgjdbc reads {@code ~/.pgpass}). Thread-safe.
 */
final class Connections implements AutoCloseable {

	private static final int MAX_POOL = 4;

	private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
	private final Map<String, Integer> sessions = new ConcurrentHashMap<>();

	/** The pool of an address, made on first use. */
	DataSource pool(ServerAddress address) {
		return pools.computeIfAbsent(address.poolKey(), key -> newPool(address));
	}

	/** The pool of an address for an open session, which {@link #release releases} it when it closes. */
	synchronized DataSource acquire(ServerAddress address) {
		sessions.merge(address.poolKey(), 1, Integer::sum);
		return pool(address);
	}

	/**
	 * A session of this address closed: when it was the last one, the pool is closed, so the server sees no
	 * connection of this client any more (the next use makes a new pool).
	 */
	synchronized void release(ServerAddress address) {
		String key = address.poolKey();
		Integer left = sessions.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
		if (left == null) {
			HikariDataSource pool = pools.remove(key);
			if (pool != null) {
				pool.close();
			}
		}
	}

	/** A connection of its own, outside the pool (for LISTEN). */
	Connection dedicated(ServerAddress address) throws SQLException {
		return pool(address).getConnection();
	}

	private static HikariDataSource newPool(ServerAddress address) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(address.jdbcUrl());
		config.setUsername(address.user());
		char[] password = address.password();
		if (password == null && System.getenv(ServerAddress.PASSWORD_VARIABLE) != null) {
			password = System.getenv(ServerAddress.PASSWORD_VARIABLE).toCharArray();
		}
		if (password != null) {
			config.setPassword(new String(password));
		}
		config.setMaximumPoolSize(MAX_POOL);
		config.setMinimumIdle(0);
		config.setPoolName("siempleo-" + address.user()); //$NON-NLS-1$
		config.setInitializationFailTimeout(-1);
		config.setConnectionTimeout(10_000);
		config.addDataSourceProperty("reWriteBatchedInserts", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		config.addDataSourceProperty("ApplicationName", "Sí Empleo Workbench"); //$NON-NLS-1$ //$NON-NLS-2$
		config.setDriverClassName(org.postgresql.Driver.class.getName());
		return new HikariDataSource(config);
	}

	@Override
	public synchronized void close() {
		pools.values().forEach(HikariDataSource::close);
		pools.clear();
		sessions.clear();
	}
}
