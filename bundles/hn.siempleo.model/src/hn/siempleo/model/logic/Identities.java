// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.util.UUID;

/**
 * The ids of new model objects: a random UUID each, except while a file is read on this thread, whose
 * elements carry their saved ids (drawing a secure random UUID for every object only to overwrite it was a
 * tenth of the load of a large model). The reader gives an id to any element that has none.
 */
public final class Identities {

	private static final ThreadLocal<int[]> READING = ThreadLocal.withInitial(() -> new int[1]);

	private Identities() {
	}

	/** The id of an object created now: a new random UUID, or null while a file is read on this thread. */
	public static String newId() {
		return READING.get()[0] > 0 ? null : UUID.randomUUID().toString();
	}

	/**
	 * Marks this thread as reading a file until the returned scope is closed (scopes nest):
	 * {@code try (Identities.Reading reading = Identities.reading()) { resource.load(...); }}.
	 */
	public static Reading reading() {
		READING.get()[0]++;
		return new Reading();
	}

	/** The scope of a file being read; closing it twice has no further effect. */
	public static final class Reading implements AutoCloseable {
		private boolean closed;

		private Reading() {
		}

		@Override
		public void close() {
			if (!closed) {
				closed = true;
				READING.get()[0]--;
			}
		}
	}
}
