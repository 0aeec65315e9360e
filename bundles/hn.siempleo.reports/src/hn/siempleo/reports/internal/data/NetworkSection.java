// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.referral.Coverage;
import hn.siempleo.referral.CoverageGap;
import hn.siempleo.referral.ReferralFilter;
import hn.siempleo.referral.ReferralMatrix;

/**
 * The rows about the office network: offices, office × service pairs, services, referral records, coverage
 * gaps and referral flows. Coverage, gaps and flows come from {@code hn.siempleo.referral}, the logic the
 * Red y convenios parts show.
 */
final class NetworkSection {

	private final XmlOut xml;

	NetworkSection(XmlOut xml) {
		this.xml = xml;
	}

	void write(Workspace model) throws XMLStreamException {
		// what two sections read, computed once, and only when one of them is written
		Coverage coverage = xml.wants("officeServices") || xml.wants("gaps") ? Coverage.of(model) : null;
		xml.section("offices", () -> {
			for (Office office : model.getOffices()) {
				office(model, office);
			}
		});
		xml.section("officeServices", () -> {
			for (Office office : model.getOffices()) {
				for (Service service : office.getServices()) {
					xml.row("officeService", "office", office.getCode(), "officeName", office.getName(), "integrated",
							office.getModel() == OfficeModel.INTEGRATED, "service", service.getCode(), "serviceName",
							service.getName(), "providers", acronyms(coverage.providers(office, service)), "value", 1);
				}
			}
		});
		xml.section("services", () -> {
			for (Service service : model.getServices()) {
				List<Office> offices = model.getOffices().stream().filter(o -> o.getServices().contains(service)).toList();
				xml.row("service", "code", service.getCode(), "name", service.getName(), "description",
						service.getDescription(), "officeCount", offices.size(), "integratedOfficeCount",
						offices.stream().filter(o -> o.getModel() == OfficeModel.INTEGRATED).count());
			}
		});
		xml.section("referrals", () -> {
			for (Agreement agreement : model.getAgreements()) {
				for (ReferralRecord record : agreement.getReferrals()) {
					referral(agreement, record);
				}
			}
		});
		xml.section("gaps", () -> {
			for (CoverageGap gap : coverage.gaps()) {
				xml.row("gap", "office", PlanSection.code(gap.office()), "officeName", PlanSection.name(gap.office()),
						"kind", gap.kind().name(), "kindLabel", gap.kindLabel(), "service", PlanSection.code(gap.service()),
						"institution", acronym(gap.institution()), "detail", gap.describe(), "n", 1);
			}
		});
		xml.section("flows", () -> {
			ReferralMatrix matrix = ReferralMatrix.of(model, ReferralFilter.ALL);
			for (ReferralMatrix.Flow flow : matrix.flows()) {
				String from = acronym(flow.from());
				String to = acronym(flow.to());
				xml.row("flow", "from", from, "to", to, "flow", NLS.bind(Messages.NetworkSection_flow, from, to), "count",
						flow.count(), "known", flow.known(), "attended", flow.attended(), "fromTotal",
						matrix.rowTotal(flow.from()), "toTotal", matrix.columnTotal(flow.to()));
			}
		});
	}

	private void office(Workspace model, Office office) throws XMLStreamException {
		boolean integrated = office.getModel() == OfficeModel.INTEGRATED;
		String agreements = model.getAgreements().stream().filter(a -> a.getIntegratedOffices().contains(office))
				.map(Agreement::getCode).collect(Collectors.joining(", "));
		xml.row("office", "code", office.getCode(), "name", office.getName(), "department",
				Labels.department(office.getDepartment()), "municipality", office.getMunicipality(), "model",
				office.getModel().getName(), "modelLabel", Labels.officeModel(office.getModel()), "integrated", integrated,
				"staff", office.getStaff(), "open", office.isOpen(), "openLabel", Labels.yesNo(office.isOpen()),
				"serviceCount", office.getServices().size(), "services", PlanSection.names(office.getServices()),
				"serviceCodes", PlanSection.codes(office.getServices()), "partners", acronyms(office.getPartners()),
				"agreements", agreements);
	}

	private void referral(Agreement agreement, ReferralRecord record) throws XMLStreamException {
		String period = record.getPeriod() == null ? "" : record.getPeriod().strip();
		String year = period.length() >= 4 ? period.substring(0, 4) : period;
		String from = acronym(record.getFrom());
		String to = acronym(record.getTo());
		xml.row("referral", "agreement", agreement.getCode(), "office", PlanSection.code(record.getOffice()),
				"officeName", PlanSection.name(record.getOffice()), "period", period, "year", year, "from", from, "to",
				to, "flow", NLS.bind(Messages.NetworkSection_flow, from, to), "service", PlanSection.code(record.getService()), "serviceName",
				PlanSection.name(record.getService()), "count", record.getCount(), "outcome",
				record.getOutcome().getName(), "outcomeLabel", Labels.outcome(record.getOutcome()), "attended",
				record.getOutcome() == hn.siempleo.model.ReferralOutcome.ATTENDED ? record.getCount() : 0);
	}

	private static String acronyms(List<Institution> institutions) {
		return institutions.stream().map(NetworkSection::acronym).collect(Collectors.joining(", "));
	}

	private static String acronym(Institution institution) {
		if (institution == null) {
			return "";
		}
		String acronym = institution.getAcronym();
		return acronym != null && !acronym.isBlank() ? acronym : PlanSection.code(institution);
	}
}
