// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;

/** Server addresses as users write them, and plan locations that survive a round trip. */
class ServerAddressTest {

	@Test
	void parsesLibpqStyleUrlsWithTlsOptions() {
		ServerAddress a = ServerAddress.parse("postgresql://of_tegucigalpa@pg.setrass.gob.hn:6432/siempleo?sslmode=verify-full&sslrootcert=/etc/ca.crt&password=nunca");
		assertEquals("pg.setrass.gob.hn", a.host());
		assertEquals(6432, a.port());
		assertEquals("siempleo", a.database());
		assertEquals("of_tegucigalpa", a.user());
		assertEquals("verify-full", a.options().get("sslmode"));
		assertFalse(a.options().containsKey("password"), "a password is never part of an address");
		assertTrue(a.jdbcUrl().startsWith("jdbc:postgresql://pg.setrass.gob.hn:6432/siempleo?"));
		assertTrue(a.jdbcUrl().contains("sslmode=verify-full"));
		assertEquals(5432, ServerAddress.parse("jdbc:postgresql://h/db?user=ana").port());
		assertEquals("ana", ServerAddress.parse("jdbc:postgresql://h/db?user=ana").user());
	}

	@Test
	void aPlanLocationRoundTripsWithSpacesAndAccents() {
		ServerAddress a = ServerAddress.parse("postgresql://central@127.0.0.1:5432/plan?sslmode=require");
		URI location = a.planLocation("Sí Empleo 2024");
		assertEquals(ServerAddress.SCHEME, location.scheme());
		assertEquals("Sí Empleo 2024", ServerAddress.planName(location));
		ServerAddress back = ServerAddress.ofPlan(location);
		assertEquals(a.display(), back.display());
		assertEquals("require", back.options().get("sslmode"));
	}

	@Test
	void refusesWhatIsNotAnAddressInSpanish() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("mysql://x/y"));
		assertTrue(e.getMessage().contains("dirección"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ServerAddress.parse("postgresql://u@h:99999/db"));
	}
}
