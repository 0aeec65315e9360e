// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Commitment;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;

/**
 * An agreement's commitments as a matrix: one row per party × service, one column per office (the
 * integrated offices first, then any other office a commitment names), a cell set when a commitment of that
 * party for that service names the office. Computed on demand from the model, so it is always current.
 */
public final class CommitmentMatrix {

	/** One row: a party and a service. */
	public record Row(Institution institution, Service service) {
	}

	private final Agreement agreement;
	private final List<Row> rows;
	private final List<Office> columns;

	private CommitmentMatrix(Agreement agreement, List<Row> rows, List<Office> columns) {
		this.agreement = agreement;
		this.rows = List.copyOf(rows);
		this.columns = List.copyOf(columns);
	}

	/**
	 * The matrix of an agreement contained in a workspace.
	 *
	 * @param agreement not null
	 */
	public static CommitmentMatrix of(Agreement agreement) {
		Workspace workspace = agreement.eContainer() instanceof Workspace w ? w : null;
		Set<Institution> institutions = new LinkedHashSet<>(agreement.getParties());
		agreement.getCommitments().stream().map(Commitment::getInstitution).filter(i -> i != null)
				.forEach(institutions::add);
		List<Service> services = workspace != null ? workspace.getServices()
				: agreement.getCommitments().stream().map(Commitment::getService).filter(s -> s != null).distinct()
						.toList();
		List<Row> rows = new ArrayList<>();
		for (Institution institution : institutions) {
			for (Service service : services) {
				rows.add(new Row(institution, service));
			}
		}
		Set<Office> columns = new LinkedHashSet<>(agreement.getIntegratedOffices());
		List<Office> named = agreement.getCommitments().stream().flatMap(c -> c.getOffices().stream()).distinct()
				.toList();
		if (workspace != null) {
			workspace.getOffices().stream().filter(named::contains).forEach(columns::add);
		} else {
			columns.addAll(named);
		}
		return new CommitmentMatrix(agreement, rows, List.copyOf(columns));
	}

	/** The agreement. */
	public Agreement agreement() {
		return agreement;
	}

	/** Party × service rows: parties in signing order, services in workspace order. */
	public List<Row> rows() {
		return rows;
	}

	/** Office columns. */
	public List<Office> columns() {
		return columns;
	}

	/** Whether the party commits to give the service at the office. */
	public boolean isSet(Row row, Office office) {
		return commitment(agreement, row.institution(), row.service(), office) != null;
	}

	/** How many offices a row's party serves the service in. */
	public int rowCount(Row row) {
		return (int) columns.stream().filter(office -> isSet(row, office)).count();
	}

	/** How many commitments name an office. */
	public int columnCount(Office office) {
		return (int) rows.stream().filter(row -> isSet(row, office)).count();
	}

	/**
	 * The commitment of an agreement by which an institution gives a service at an office, or null.
	 *
	 * @param office null to find the commitment for the institution and service whatever its offices
	 */
	public static Commitment commitment(Agreement agreement, Institution institution, Service service, Office office) {
		for (Commitment commitment : agreement.getCommitments()) {
			if (commitment.getInstitution() == institution && commitment.getService() == service
					&& (office == null || commitment.getOffices().contains(office))) {
				return commitment;
			}
		}
		return null;
	}
}
