// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import hn.siempleo.store.pg.ServerAddress;

/**
 * Passwords of shared-plan servers in Eclipse secure storage (encrypted, per user), and the last address used
 * (without password). A password that is not stored comes from {@code ~/.pgpass} through the driver.
 */
final class Passwords {

	private static final String NODE = "hn.siempleo.store.pg"; //$NON-NLS-1$
	private static final String LAST = "last"; //$NON-NLS-1$

	private Passwords() {
	}

	static char[] stored(String host, int port, String database, String user) {
		try {
			String value = node().node(key(host, port, database, user)).get("password", null); //$NON-NLS-1$
			return value == null ? null : value.toCharArray();
		} catch (StorageException | IllegalArgumentException e) {
			return null;
		}
	}

	static void remember(ServerAddress address) {
		try {
			ISecurePreferences node = node().node(key(address.host(), address.port(), address.database(), address.user()));
			node.put("password", new String(address.password()), true); //$NON-NLS-1$
			node.flush();
		} catch (StorageException | java.io.IOException e) {
			// not kept: asked again next time
		}
	}

	static void rememberLast(ServerAddress address) {
		try {
			node().put(LAST, address.display(), false);
			node().flush();
		} catch (StorageException | java.io.IOException e) {
			// only a convenience
		}
	}

	static ServerAddress lastAddress() {
		try {
			String last = node().get(LAST, null);
			return last == null ? null : ServerAddress.parse(last);
		} catch (StorageException | IllegalArgumentException e) {
			return null;
		}
	}

	private static ISecurePreferences node() {
		return SecurePreferencesFactory.getDefault().node(NODE);
	}

	private static String key(String host, int port, String database, String user) {
		return (user + "@" + host + ":" + port + "/" + database).replace('/', '_'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
