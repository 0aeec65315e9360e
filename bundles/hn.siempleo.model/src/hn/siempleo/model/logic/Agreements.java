// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Commitment;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;

/**
 * Derived facts about agreements: validity at a date, who is a party, which offices are covered. Pure
 * functions computed here and nowhere else (validation, the Red y convenios views and the reports share
 * them); safe from any thread.
 */
public final class Agreements {

	/** An agreement ending within this many days is flagged as expiring. */
	public static final int EXPIRY_WARNING_DAYS = 90;

	/** Where an agreement stands at a date. */
	public enum Validity {
		/** Its validity has not started yet. */
		NOT_STARTED,
		/** In force, and not ending within {@link #EXPIRY_WARNING_DAYS}. */
		IN_FORCE,
		/** In force, ending within {@link #EXPIRY_WARNING_DAYS}. */
		EXPIRING,
		/** Its validity ended before the date. */
		EXPIRED,
		/** No end date is set: in force without limit. */
		OPEN_ENDED
	}

	private Agreements() {
	}

	/**
	 * The validity of an agreement at {@code today}.
	 *
	 * @param agreement not null
	 * @param today not null
	 */
	public static Validity validity(Agreement agreement, LocalDate today) {
		if (agreement.getValidFrom() != null && today.isBefore(agreement.getValidFrom())) {
			return Validity.NOT_STARTED;
		}
		LocalDate end = agreement.getValidUntil();
		if (end == null) {
			return Validity.OPEN_ENDED;
		}
		if (end.isBefore(today)) {
			return Validity.EXPIRED;
		}
		return daysLeft(agreement, today) <= EXPIRY_WARNING_DAYS ? Validity.EXPIRING : Validity.IN_FORCE;
	}

	/** Days from {@code today} to the end of validity (negative when expired), or {@link Long#MAX_VALUE} without end. */
	public static long daysLeft(Agreement agreement, LocalDate today) {
		LocalDate end = agreement.getValidUntil();
		return end == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, end);
	}

	/** Whether the institution signed the agreement. */
	public static boolean isParty(Agreement agreement, Institution institution) {
		return institution != null && agreement.getParties().contains(institution);
	}

	/** Whether the office is one of the agreement's integrated offices. */
	public static boolean covers(Agreement agreement, Office office) {
		return office != null && agreement.getIntegratedOffices().contains(office);
	}

	/**
	 * The institution that convenes the agreement and runs the offices (SETRASS in the shipped data): its
	 * first party, or null when it has none. Its own services are not partner services.
	 */
	public static Institution convener(Agreement agreement) {
		return agreement.getParties().isEmpty() ? null : agreement.getParties().get(0);
	}

	/** Whether any commitment of the agreement has {@code institution} give a service at {@code office}. */
	public static boolean hasCommitment(Agreement agreement, Institution institution, Office office) {
		for (Commitment commitment : agreement.getCommitments()) {
			if (commitment.getInstitution() == institution && commitment.getOffices().contains(office)) {
				return true;
			}
		}
		return false;
	}
}
