// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Waits on {@code LISTEN siempleo} in a daemon thread and runs a callback when the server announces a change of
 * one plan; when the connection drops it retries every few seconds, and the callback also runs every
 * {@value #POLL_MILLIS} ms as a safety net (a pull that finds nothing is cheap).
 */
final class ServerFollower {

	static final int POLL_MILLIS = 30_000;

	private final DataSource pool;
	private final String planId;
	private final Runnable onChange;
	private volatile boolean running;
	private Thread thread;
	private volatile Connection listening;

	ServerFollower(DataSource pool, UUID planId, Runnable onChange) {
		this.pool = pool;
		this.planId = planId.toString();
		this.onChange = onChange;
	}

	void start() {
		running = true;
		thread = new Thread(this::run, "siempleo-follow-" + planId); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Stops following: the LISTEN connection is aborted (a wait for notifications does not end on an interrupt)
	 * and the thread is awaited, so that the connection is back in the pool when this returns.
	 */
	void stop() {
		running = false;
		Connection c = listening;
		if (c != null) {
			try {
				c.abort(Runnable::run);
			} catch (SQLException e) {
				// already closed
			}
		}
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(5_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Whether the thread that waits for notifications is still alive (for tests). */
	boolean isFollowing() {
		return thread != null && thread.isAlive();
	}

	private void run() {
		while (running) {
			try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
				listening = c;
				if (!running) {
					break;
				}
				st.execute("LISTEN siempleo"); //$NON-NLS-1$
				PGConnection pg = c.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
					boolean mine = notifications == null || notifications.length == 0;
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							mine |= planId.equals(notification.getParameter());
						}
					}
					if (mine && running) {
						onChange.run();
					}
				}
				st.execute("UNLISTEN siempleo"); //$NON-NLS-1$
			} catch (SQLException e) {
				if (running) {
					sleep();
				}
			} finally {
				listening = null;
			}
		}
	}

	private void sleep() {
		try {
			Thread.sleep(3_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}
}
