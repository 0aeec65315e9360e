// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.store.pg.ServerAddress;

/**
 * What a load knows about the plan, handed from the load to the session: the rows as read (the base of
 * optimistic locking), the objects by id and the snapshot's oldest running transaction.
 */
record LoadedPlan(ServerAddress server, UUID planId, String planName, Map<String, Row> stored,
		Map<String, EObject> objects, String xmin, int skipped) {
}
