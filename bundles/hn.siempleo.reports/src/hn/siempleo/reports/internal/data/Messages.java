// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Labels_statusNotStarted;
	public static String Labels_statusInProgress;
	public static String Labels_statusDone;
	public static String Labels_statusCancelled;
	public static String Labels_lightNotStarted;
	public static String Labels_lightOnTrack;
	public static String Labels_lightAtRisk;
	public static String Labels_lightOverdue;
	public static String Labels_lightDone;
	public static String Labels_ownMeans;
	public static String Labels_additionalBudget;
	public static String Labels_preparation;
	public static String Labels_response;
	public static String Labels_short;
	public static String Labels_medium;
	public static String Labels_long;
	public static String Labels_integrated;
	public static String Labels_traditional;
	public static String Labels_attended;
	public static String Labels_inProcess;
	public static String Labels_notAttended;
	public static String Labels_notAssessed;
	public static String Labels_initial;
	public static String Labels_developing;
	public static String Labels_established;
	public static String Labels_consolidated;
	public static String Labels_yes;
	public static String Labels_no;
	public static String ReportDataWriter_noAxis;
	public static String ReportDataWriter_noOwner;
	public static String ReportDataWriter_noSource;
	public static String ReportDataWriter_noDates;
	public static String ReportDataWriter_axisLabel;
	public static String Department_ATLANTIDA;
	public static String Department_CHOLUTECA;
	public static String Department_COLON;
	public static String Department_COMAYAGUA;
	public static String Department_COPAN;
	public static String Department_CORTES;
	public static String Department_EL_PARAISO;
	public static String Department_FRANCISCO_MORAZAN;
	public static String Department_GRACIAS_A_DIOS;
	public static String Department_INTIBUCA;
	public static String Department_ISLAS_DE_LA_BAHIA;
	public static String Department_LA_PAZ;
	public static String Department_LEMPIRA;
	public static String Department_OCOTEPEQUE;
	public static String Department_OLANCHO;
	public static String Department_SANTA_BARBARA;
	public static String Department_VALLE;
	public static String Department_YORO;
	public static String Labels_locale;
	public static String NetworkSection_flow;

	public static String ContributedSections_failed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
