// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/**
 * The live link between an open model and its shared plan. Each command executed on the model's stack (and each
 * undo and redo) is sent as a delta in one transaction, with optimistic locking per object; a conflict or a
 * refusal of the server takes that command back and is reported as a {@link Notice}. Changes of other sessions
 * arrive by {@link #pull()}. Call every method on the thread that owns the model.
 */
public interface SharedPlan {

	/**
	 * Applies what other sessions committed since the last pull, as changes that cannot be undone; undo entries
	 * touching the same objects are dropped (with a notice).
	 *
	 * @return how many objects changed
	 */
	int pull();

	/** Whether this login role may change an object (by the server's rules); null reason when it may. */
	String whyReadOnly(EObject object);

	/** Whether this login role is central (changes everything, approves progress reports). */
	boolean isCentral();

	/** The notice of the last command the server rejected, or null if the last one was kept. */
	Notice lastRejection();

	/** Receives every notice (rejections, remote changes, dropped undo entries), on the model's thread. */
	void addListener(Consumer<Notice> listener);

	/** Calls {@link #pull()} whenever the server announces a change (LISTEN/NOTIFY), through {@code executor}. */
	void followServer(java.util.concurrent.Executor executor);

	/** Stops following and releases the connection. */
	void close();

	/**
	 * Something the user should be told, in Spanish.
	 *
	 * @param kind what happened
	 * @param message the text for the user
	 * @param objectIds ids of the objects concerned
	 * @param rejectedValues for a rejection: "feature = value" of what the user tried to write, so it can be re-entered
	 */
	record Notice(Kind kind, String message, List<String> objectIds, List<String> rejectedValues) {
	}

	/** Kinds of notice. */
	enum Kind {
		/** Another session changed an object first: the command was taken back. */
		CONFLICT,
		/** The server refused the write for lack of rights: the command was taken back. */
		REFUSED,
		/** Changes of others were applied. */
		REMOTE,
		/** Undo entries were dropped because others changed their objects. */
		UNDO_DROPPED
	}
}
