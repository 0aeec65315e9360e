// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.SiempleoFactory;

/** New objects get a random UUID, except while a file is read on the same thread. */
class IdentitiesTest {

	@Test
	void newObjectsGetDistinctUuids() {
		String first = SiempleoFactory.eINSTANCE.createAction().getId();
		String second = SiempleoFactory.eINSTANCE.createOffice().getId();
		assertEquals(first, UUID.fromString(first).toString());
		assertNotEquals(first, second);
	}

	@Test
	void whileReadingObjectsHaveNoIdUntilTheScopeCloses() throws Exception {
		try (Identities.Reading outer = Identities.reading()) {
			assertNull(SiempleoFactory.eINSTANCE.createAction().getId());
			try (Identities.Reading inner = Identities.reading()) {
				assertNull(Identities.newId());
			}
			assertNull(Identities.newId(), "scopes nest");
			// another thread is not reading
			assertNotNull(CompletableFuture.supplyAsync(Identities::newId).get());
			outer.close();
			assertNotNull(Identities.newId());
		}
		assertNotNull(SiempleoFactory.eINSTANCE.createAction().getId(), "closing twice does not count twice");
	}
}
