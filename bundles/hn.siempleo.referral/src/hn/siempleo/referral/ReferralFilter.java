// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.ReferralRecord;

/**
 * Which referral records a matrix or a trend counts. Every part is optional (null means any).
 *
 * @param agreement only records of this agreement
 * @param office only records of this office
 * @param period only records of this period (e.g. {@code 2024-T3}), compared without surrounding blanks
 * @param institution only records from or to this institution
 */
public record ReferralFilter(Agreement agreement, Office office, String period, Institution institution) {

	/** Counts every record. */
	public static final ReferralFilter ALL = new ReferralFilter(null, null, null, null);

	/** Whether the filter counts a record. */
	public boolean accepts(ReferralRecord record) {
		if (agreement != null && record.eContainer() != agreement) {
			return false;
		}
		if (office != null && record.getOffice() != office) {
			return false;
		}
		if (period != null && !period.isBlank() && !period.strip().equals(strip(record.getPeriod()))) {
			return false;
		}
		return institution == null || record.getFrom() == institution || record.getTo() == institution;
	}

	/** The same filter for another period (null: any), as the trend needs. */
	public ReferralFilter withPeriod(String newPeriod) {
		return new ReferralFilter(agreement, office, newPeriod, institution);
	}

	static String strip(String text) {
		return text == null ? "" : text.strip();
	}
}
