// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Spanish (default) and English texts of the Red y convenios parts. */
final class Messages extends NLS {
	public static String AddReferral_from;
	public static String AddReferral_ok;
	public static String AddReferral_outcome;
	public static String AddReferral_service;
	public static String AddReferral_title;
	public static String AddReferral_to;
	public static String Agreement_commitments;
	public static String Agreement_commitmentsHint;
	public static String Agreement_dates;
	public static String Agreement_down;
	public static String Agreement_expired;
	public static String Agreement_expiring;
	public static String Agreement_inForce;
	public static String Agreement_institution;
	public static String Agreement_none;
	public static String Agreement_notStarted;
	public static String Agreement_offices;
	public static String Agreement_openEnded;
	public static String Agreement_order;
	public static String Agreement_parties;
	public static String Agreement_protocol;
	public static String Agreement_responseDays;
	public static String Agreement_responsible;
	public static String Agreement_service;
	public static String Agreement_step;
	public static String Agreement_total;
	public static String Agreement_up;
	public static String Coverage_department;
	public static String Coverage_detail;
	public static String Coverage_gaps;
	public static String Coverage_kind;
	public static String Coverage_map;
	public static String Coverage_mapOffices;
	public static String Coverage_model;
	public static String Coverage_office;
	public static String Coverage_offices;
	public static String Coverage_partners;
	public static String Coverage_summary;
	public static String Import_apply;
	public static String Import_column;
	public static String Import_filterAll;
	public static String Import_filterName;
	public static String Import_noAgreement;
	public static String Import_previewTitle;
	public static String Import_problem;
	public static String Import_row;
	public static String Import_summary;
	public static String Import_title;
	public static String Referrals_add;
	public static String Referrals_allInstitutions;
	public static String Referrals_allOffices;
	public static String Referrals_allPeriods;
	public static String Referrals_attended;
	public static String Referrals_count;
	public static String Referrals_flows;
	public static String Referrals_fromTo;
	public static String Referrals_import;
	public static String Referrals_institution;
	public static String Referrals_known;
	public static String Referrals_matrix;
	public static String Referrals_noFlows;
	public static String Referrals_noModel;
	public static String Referrals_office;
	public static String Referrals_period;
	public static String Referrals_summary;
	public static String Referrals_total;
	public static String Referrals_trend;
	public static String Tables_actions;
	public static String Tables_advance;
	public static String Tables_allDone;
	public static String Tables_date;
	public static String Tables_evidence;
	public static String Tables_institution;
	public static String Tables_late;
	public static String Tables_linkActions;
	public static String Tables_member;
	public static String Tables_members;
	public static String Tables_noActions;
	public static String Tables_none;
	public static String Tables_overdue;
	public static String Tables_plan;
	public static String Tables_progressSummary;
	public static String Tables_sector;
	public static String Tables_status;
	public static String Tables_step;
	public static String Tables_steps;
	public static String Tables_territory;

	static {
		NLS.initializeMessages("hn.siempleo.referral.ui.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
