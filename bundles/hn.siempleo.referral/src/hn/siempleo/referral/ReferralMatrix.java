// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Institution;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Workspace;

/**
 * Referral counts as a from × to matrix of institutions, with row and column totals and the share whose
 * outcome is known (attended or not attended; "in process" is not known yet). Rows and columns follow the
 * order of the workspace's institutions and hold only institutions with referrals. Immutable snapshot.
 */
public final class ReferralMatrix {

	/** One band of the flow diagram: referrals from one institution to another. */
	public record Flow(Institution from, Institution to, int count, int known, int attended) {
	}

	/** Referrals of one period, for the trend. */
	public record PeriodTotal(String period, int count, int known, int attended) {
	}

	private final List<Institution> rows;
	private final List<Institution> columns;
	private final Map<Institution, Map<Institution, Flow>> cells;
	private final int total;
	private final int known;
	private final int attended;

	private ReferralMatrix(List<Institution> rows, List<Institution> columns,
			Map<Institution, Map<Institution, Flow>> cells) {
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
		this.cells = cells;
		this.total = flows().stream().mapToInt(Flow::count).sum();
		this.known = flows().stream().mapToInt(Flow::known).sum();
		this.attended = flows().stream().mapToInt(Flow::attended).sum();
	}

	/**
	 * The matrix of the records that pass a filter.
	 *
	 * @param workspace the model, not null
	 * @param filter which records count, not null
	 */
	public static ReferralMatrix of(Workspace workspace, ReferralFilter filter) {
		Map<Institution, Map<Institution, int[]>> counts = new LinkedHashMap<>();
		for (ReferralRecord record : records(workspace, filter)) {
			if (record.getFrom() == null || record.getTo() == null) {
				continue;
			}
			int[] cell = counts.computeIfAbsent(record.getFrom(), k -> new LinkedHashMap<>())
					.computeIfAbsent(record.getTo(), k -> new int[3]);
			add(cell, record);
		}
		List<Institution> rows = new ArrayList<>();
		List<Institution> columns = new ArrayList<>();
		for (Institution institution : workspace.getInstitutions()) {
			if (counts.containsKey(institution)) {
				rows.add(institution);
			}
			if (counts.values().stream().anyMatch(row -> row.containsKey(institution))) {
				columns.add(institution);
			}
		}
		Map<Institution, Map<Institution, Flow>> cells = new LinkedHashMap<>();
		counts.forEach((from, row) -> row.forEach((to, c) -> cells.computeIfAbsent(from, k -> new LinkedHashMap<>())
				.put(to, new Flow(from, to, c[0], c[1], c[2]))));
		return new ReferralMatrix(rows, columns, cells);
	}

	/**
	 * Totals by period, periods sorted as text (2024-T1 before 2024-T2), for the records that pass the filter
	 * whatever its period.
	 */
	public static List<PeriodTotal> trend(Workspace workspace, ReferralFilter filter) {
		Map<String, int[]> byPeriod = new TreeMap<>();
		for (ReferralRecord record : records(workspace, filter.withPeriod(null))) {
			add(byPeriod.computeIfAbsent(ReferralFilter.strip(record.getPeriod()), k -> new int[3]), record);
		}
		List<PeriodTotal> result = new ArrayList<>();
		byPeriod.forEach((period, c) -> result.add(new PeriodTotal(period, c[0], c[1], c[2])));
		return result;
	}

	/** The periods of every record of the workspace, sorted, without blanks. */
	public static List<String> periods(Workspace workspace) {
		return records(workspace, ReferralFilter.ALL).stream().map(r -> ReferralFilter.strip(r.getPeriod()))
				.filter(p -> !p.isEmpty()).distinct().sorted().toList();
	}

	/** Every referral record of the workspace's agreements that passes the filter, in model order. */
	public static List<ReferralRecord> records(Workspace workspace, ReferralFilter filter) {
		List<ReferralRecord> result = new ArrayList<>();
		for (Agreement agreement : workspace.getAgreements()) {
			for (ReferralRecord record : agreement.getReferrals()) {
				if (filter.accepts(record)) {
					result.add(record);
				}
			}
		}
		return result;
	}

	private static void add(int[] cell, ReferralRecord record) {
		int count = Math.max(0, record.getCount());
		cell[0] += count;
		if (record.getOutcome() != ReferralOutcome.IN_PROCESS) {
			cell[1] += count;
		}
		if (record.getOutcome() == ReferralOutcome.ATTENDED) {
			cell[2] += count;
		}
	}

	/** Referring institutions, in workspace order. */
	public List<Institution> rows() {
		return rows;
	}

	/** Receiving institutions, in workspace order. */
	public List<Institution> columns() {
		return columns;
	}

	/** Referrals from one institution to another; 0 when none. */
	public int count(Institution from, Institution to) {
		Flow flow = flow(from, to);
		return flow == null ? 0 : flow.count();
	}

	/** The cell of one pair, or null when there are no records for it. */
	public Flow flow(Institution from, Institution to) {
		Map<Institution, Flow> row = cells.get(from);
		return row == null ? null : row.get(to);
	}

	/** Every non-empty cell, row by row. */
	public List<Flow> flows() {
		return cells.values().stream().flatMap(row -> row.values().stream()).toList();
	}

	/** Referrals made by an institution. */
	public int rowTotal(Institution from) {
		Map<Institution, Flow> row = cells.get(from);
		return row == null ? 0 : row.values().stream().mapToInt(Flow::count).sum();
	}

	/** Referrals received by an institution. */
	public int columnTotal(Institution to) {
		return cells.values().stream().map(row -> row.get(to)).filter(f -> f != null).mapToInt(Flow::count).sum();
	}

	/** All referrals counted. */
	public int total() {
		return total;
	}

	/** Referrals whose outcome is known (attended or not attended). */
	public int known() {
		return known;
	}

	/** Referrals attended. */
	public int attended() {
		return attended;
	}

	/** Share of the referrals whose outcome is known, 0 to 1; 0 when there are none. */
	public double knownShare() {
		return total == 0 ? 0 : (double) known / total;
	}
}
