// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.institution.senprende.Programme;
import hn.siempleo.institution.senprende.ProgrammeCatalogue;
import hn.siempleo.institution.senprende.ProgrammeReferral;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;

/** Read-only figures of SENPRENDE's programmes and the people referred to them (aggregates only). */
public final class Referrals {

	/**
	 * People referred by one office in one period, over all programmes.
	 *
	 * @param office the office, or null for records without one
	 * @param period the period label, or the empty string
	 * @param programmes how many programmes received people
	 * @param referred people referred
	 * @param started businesses started
	 */
	public record OfficePeriod(Office office, String period, int programmes, int referred, int started) {
	}

	private Referrals() {
	}

	/** Every programme of every catalogue. */
	public static List<Programme> programmes(Workspace workspace) {
		List<Programme> result = new ArrayList<>();
		ModelExtensions.roots(workspace, ProgrammeCatalogue.class).forEach(c -> result.addAll(c.getProgrammes()));
		return result;
	}

	/** Every referral record of every catalogue. */
	public static List<ProgrammeReferral> records(Workspace workspace) {
		List<ProgrammeReferral> result = new ArrayList<>();
		ModelExtensions.roots(workspace, ProgrammeCatalogue.class).forEach(c -> result.addAll(c.getReferrals()));
		return result;
	}

	/** The records summed by office and period, ordered by office code, then period. */
	public static List<OfficePeriod> byOfficeAndPeriod(Workspace workspace) {
		Map<List<Object>, List<ProgrammeReferral>> groups = new LinkedHashMap<>();
		for (ProgrammeReferral record : records(workspace)) {
			List<Object> key = new ArrayList<>();
			key.add(record.getOffice());
			key.add(record.getPeriod() == null ? "" : record.getPeriod()); //$NON-NLS-1$
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
		}
		List<OfficePeriod> result = new ArrayList<>();
		groups.forEach((key, records) -> result.add(new OfficePeriod((Office) key.get(0), (String) key.get(1),
				(int) records.stream().map(ProgrammeReferral::getProgramme).distinct().count(),
				records.stream().mapToInt(ProgrammeReferral::getReferred).sum(),
				records.stream().mapToInt(ProgrammeReferral::getStarted).sum())));
		result.sort(Comparator.comparing((OfficePeriod o) -> o.office() == null ? "" : String.valueOf(o.office().getCode())) //$NON-NLS-1$
				.thenComparing(OfficePeriod::period));
		return result;
	}

	/** People referred in total. */
	public static int referred(Workspace workspace) {
		return records(workspace).stream().mapToInt(ProgrammeReferral::getReferred).sum();
	}

	/** Businesses started in total. */
	public static int started(Workspace workspace) {
		return records(workspace).stream().mapToInt(ProgrammeReferral::getStarted).sum();
	}

	/** The latest period with records (periods compare as text: 2025-T1 &lt; 2025-T2), or the empty string. */
	public static String latestPeriod(Workspace workspace) {
		return records(workspace).stream().map(ProgrammeReferral::getPeriod).filter(p -> p != null && !p.isBlank())
				.max(Comparator.naturalOrder()).orElse(""); //$NON-NLS-1$
	}

	/** People referred in one period. */
	public static int referredIn(Workspace workspace, String period) {
		return records(workspace).stream().filter(r -> period.equals(r.getPeriod())).mapToInt(ProgrammeReferral::getReferred).sum();
	}
}
