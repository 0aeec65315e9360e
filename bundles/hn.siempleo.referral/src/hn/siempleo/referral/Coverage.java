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
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Agreements;

/**
 * The coverage of the office network: per office, the services it offers, the partner institutions present
 * and the institutions committed per service; traditional vs integrated offices; and the gaps (see
 * {@link CoverageGap.Kind}). Immutable snapshot of the model at the time of {@link #of}.
 */
public final class Coverage {

	/**
	 * One office's coverage.
	 *
	 * @param office the office
	 * @param integrated whether its model is integrated
	 * @param services the services it offers
	 * @param partners the partner institutions present
	 */
	public record OfficeCoverage(Office office, boolean integrated, List<Service> services, List<Institution> partners) {

		/** Whether the office offers a service. */
		public boolean offers(Service service) {
			return services.contains(service);
		}
	}

	private final Workspace workspace;
	private final List<OfficeCoverage> offices;
	private final List<CoverageGap> gaps;

	private Coverage(Workspace workspace, List<OfficeCoverage> offices, List<CoverageGap> gaps) {
		this.workspace = workspace;
		this.offices = List.copyOf(offices);
		this.gaps = List.copyOf(gaps);
	}

	/** The coverage of a workspace's offices. */
	public static Coverage of(Workspace workspace) {
		List<OfficeCoverage> offices = new ArrayList<>();
		List<CoverageGap> gaps = new ArrayList<>();
		for (Office office : workspace.getOffices()) {
			boolean integrated = office.getModel() == OfficeModel.INTEGRATED;
			offices.add(new OfficeCoverage(office, integrated, List.copyOf(office.getServices()),
					List.copyOf(office.getPartners())));
			gapsOf(workspace, office, integrated, gaps);
		}
		return new Coverage(workspace, offices, gaps);
	}

	private static void gapsOf(Workspace workspace, Office office, boolean integrated, List<CoverageGap> gaps) {
		if (integrated && workspace.getAgreements().stream().noneMatch(a -> Agreements.covers(a, office))) {
			gaps.add(new CoverageGap(CoverageGap.Kind.NOT_COVERED, office, null, null, null));
		}
		if (integrated && office.getPartners().isEmpty()) {
			gaps.add(new CoverageGap(CoverageGap.Kind.NO_PARTNER, office, null, null, null));
		}
		for (Agreement agreement : workspace.getAgreements()) {
			Institution convener = Agreements.convener(agreement);
			Set<Institution> missingPartners = new LinkedHashSet<>();
			for (Commitment commitment : agreement.getCommitments()) {
				if (!commitment.getOffices().contains(office)) {
					continue;
				}
				Service service = commitment.getService();
				if (service != null && !office.getServices().contains(service)) {
					gaps.add(new CoverageGap(CoverageGap.Kind.SERVICE_NOT_OFFERED, office, service,
							commitment.getInstitution(), agreement));
				}
				Institution institution = commitment.getInstitution();
				if (integrated && institution != null && institution != convener
						&& !office.getPartners().contains(institution)) {
					missingPartners.add(institution);
				}
			}
			missingPartners.forEach(institution -> gaps.add(
					new CoverageGap(CoverageGap.Kind.PARTNER_MISSING, office, null, institution, agreement)));
			Set<Institution> referredTo = new LinkedHashSet<>();
			for (ReferralRecord record : agreement.getReferrals()) {
				if (record.getOffice() == office && record.getCount() > 0 && record.getTo() != null
						&& record.getTo() != convener && !Agreements.hasCommitment(agreement, record.getTo(), office)) {
					referredTo.add(record.getTo());
				}
			}
			referredTo.forEach(institution -> gaps.add(new CoverageGap(
					CoverageGap.Kind.REFERRAL_WITHOUT_COMMITMENT, office, null, institution, agreement)));
		}
	}

	/** The workspace. */
	public Workspace workspace() {
		return workspace;
	}

	/** Every office, in workspace order. */
	public List<OfficeCoverage> offices() {
		return offices;
	}

	/** Every gap, office by office. */
	public List<CoverageGap> gaps() {
		return gaps;
	}

	/** The gaps of one office. */
	public List<CoverageGap> gaps(Office office) {
		return gaps.stream().filter(gap -> gap.office() == office).toList();
	}

	/** Integrated offices. */
	public long integratedCount() {
		return offices.stream().filter(OfficeCoverage::integrated).count();
	}

	/** Traditional offices. */
	public long traditionalCount() {
		return offices.size() - integratedCount();
	}

	/** How many offices offer a service. */
	public long officesOffering(Service service) {
		return offices.stream().filter(o -> o.offers(service)).count();
	}

	/** The institutions committed to give a service at an office under any agreement. */
	public List<Institution> providers(Office office, Service service) {
		Set<Institution> result = new LinkedHashSet<>();
		for (Agreement agreement : workspace.getAgreements()) {
			for (Commitment commitment : agreement.getCommitments()) {
				if (commitment.getService() == service && commitment.getOffices().contains(office)
						&& commitment.getInstitution() != null) {
					result.add(commitment.getInstitution());
				}
			}
		}
		return List.copyOf(result);
	}
}
