// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;

/**
 * Where a shared plan lives: server, port, database, login role and TLS settings, written as a libpq-style URL
 * ({@code postgresql://role@host:5432/database?sslmode=verify-full&sslrootcert=/path/ca.crt}). A plan on that
 * server is the model location {@code siempleo-pg://role@host:5432/database/PLAN?...}. A password is never part
 * of either: it comes from {@code ~/.pgpass}, the environment variable {@value #PASSWORD_VARIABLE} or the
 * caller ({@link #withPassword}). Immutable.
 *
 * @param host server name or address
 * @param port TCP port
 * @param database database name
 * @param user login role
 * @param options connection options passed to the driver (only {@link #OPTIONS} are kept)
 * @param password the password, or null to use {@code ~/.pgpass} or the environment
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> options,
		char[] password) {

	/** Scheme of shared-plan model locations. */
	public static final String SCHEME = "siempleo-pg"; //$NON-NLS-1$

	/** Environment variable read for the password when none is given. */
	public static final String PASSWORD_VARIABLE = "SIEMPLEO_PG_PASSWORD"; //$NON-NLS-1$

	/** Connection options kept: TLS mode and certificate files, connection timeout, application name. */
	public static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connectTimeout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"ApplicationName"); //$NON-NLS-1$

	/** Copies the options and checks the parts. */
	public ServerAddress {
		if (host == null || host.isBlank() || database == null || database.isBlank() || user == null || user.isBlank()) {
			throw new IllegalArgumentException(Messages.ServerAddress_incomplete);
		}
		if (port <= 0 || port > 65535) {
			throw new IllegalArgumentException(Messages.ServerAddress_badPort);
		}
		TreeMap<String, String> kept = new TreeMap<>();
		options.forEach((key, value) -> {
			if (OPTIONS.contains(key)) {
				kept.put(key, value);
			}
		});
		options = Map.copyOf(kept);
	}

	/**
	 * Parses {@code postgresql://role@host[:port]/database[?option=value&...]} (also {@code postgres://} and
	 * {@code jdbc:postgresql://}, where the role may be given as {@code user=} option).
	 *
	 * @throws IllegalArgumentException with a Spanish message when the text is not such a URL
	 */
	public static ServerAddress parse(String url) {
		String rest = url.trim();
		for (String prefix : new String[] { "jdbc:postgresql://", "postgresql://", "postgres://" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (rest.startsWith(prefix)) {
				return parseRest(rest.substring(prefix.length()));
			}
		}
		throw new IllegalArgumentException(Messages.ServerAddress_badUrl);
	}

	private static ServerAddress parseRest(String rest) {
		Map<String, String> options = new TreeMap<>();
		int question = rest.indexOf('?');
		if (question >= 0) {
			for (String pair : rest.substring(question + 1).split("&")) { //$NON-NLS-1$
				int eq = pair.indexOf('=');
				if (eq > 0) {
					options.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
				}
			}
			rest = rest.substring(0, question);
		}
		String user = options.remove("user"); //$NON-NLS-1$
		int at = rest.lastIndexOf('@');
		if (at >= 0) {
			user = decode(rest.substring(0, at));
			rest = rest.substring(at + 1);
		}
		int slash = rest.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException(Messages.ServerAddress_badUrl);
		}
		String hostPort = rest.substring(0, slash);
		String database = decode(rest.substring(slash + 1));
		int colon = hostPort.lastIndexOf(':');
		int port = 5432;
		String host = hostPort;
		if (colon >= 0) {
			host = hostPort.substring(0, colon);
			try {
				port = Integer.parseInt(hostPort.substring(colon + 1));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(Messages.ServerAddress_badPort, e);
			}
		}
		if (user == null) {
			user = System.getProperty("user.name"); //$NON-NLS-1$
		}
		return new ServerAddress(host, port, database, user, options, null);
	}

	/** The address of a plan location ({@link #SCHEME}); the plan name is {@link #planName(URI)}. */
	public static ServerAddress ofPlan(URI location) {
		if (!SCHEME.equals(location.scheme()) || location.segmentCount() != 2) {
			throw new IllegalArgumentException(Messages.ServerAddress_badUrl);
		}
		String url = "postgresql://" + location.authority() + "/" + location.segment(0) //$NON-NLS-1$ //$NON-NLS-2$
				+ (location.query() == null ? "" : "?" + location.query()); //$NON-NLS-1$ //$NON-NLS-2$
		return parse(url);
	}

	/** The plan name of a plan location. */
	public static String planName(URI location) {
		return URI.decode(location.segment(1));
	}

	/** The model location of a plan on this server. */
	public URI planLocation(String plan) {
		return URI.createURI(SCHEME + "://" + encode(user) + "@" + host + ":" + port + "/" + encode(database) + "/" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ encode(plan) + query());
	}

	/** The JDBC URL (without user and password). */
	public String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + encode(database) + query(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** This address as the user writes it, without password. */
	public String display() {
		return "postgresql://" + encode(user) + "@" + host + ":" + port + "/" + encode(database) + query(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The same address with a password. */
	public ServerAddress withPassword(char[] newPassword) {
		return new ServerAddress(host, port, database, user, options, newPassword);
	}

	/** The same server and database as another login role (no password). */
	public ServerAddress as(String role) {
		return new ServerAddress(host, port, database, role, options, null);
	}

	/** Key of the connection pool: everything but the password. */
	public String poolKey() {
		return user + "@" + jdbcUrl(); //$NON-NLS-1$
	}

	private String query() {
		if (options.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder query = new StringBuilder();
		new TreeMap<>(options).forEach((key, value) -> query.append(query.isEmpty() ? '?' : '&').append(encode(key))
				.append('=').append(encode(value)));
		return query.toString();
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String decode(String s) {
		return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String toString() {
		return display();
	}
}
