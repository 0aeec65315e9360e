// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String InicioPart_title;
	public static String InicioPart_intro;
	public static String InicioPart_plan;
	public static String InicioPart_noPlan;
	public static String InicioPart_pendingOne;
	public static String InicioPart_pendingOneAction;
	public static String InicioPart_pendingMany;
	public static String InicioPart_pendingMore;
	public static String InicioPart_pendingUnknown;
	public static String InicioPart_reviewJob;
	public static String FigureSections_actions;
	public static String FigureSections_total;
	public static String FigureSections_overdue;
	public static String FigureSections_byStatus;
	public static String FigureSections_byPriority;
	public static String FigureSections_byAxis;
	public static String FigureSections_statusNotStarted;
	public static String FigureSections_statusInProgress;
	public static String FigureSections_statusDone;
	public static String FigureSections_statusCancelled;
	public static String FigureSections_ownMeansPriority;
	public static String FigureSections_budgetPriority;
	public static String FigureSections_invalidPriority;
	public static String FigureSections_trafficLights;
	public static String FigureSections_lightOnTrack;
	public static String FigureSections_lightAtRisk;
	public static String FigureSections_lightOverdue;
	public static String FigureSections_lightDone;
	public static String FigureSections_lightNotStarted;
	public static String FigureSections_axes;
	public static String FigureSections_axis;
	public static String FigureSections_noAxis;
	public static String FigureSections_toDefine;
	public static String FigureSections_missingOwner;
	public static String FigureSections_missingCost;
	public static String FigureSections_budget;
	public static String FigureSections_budgetOfYear;
	public static String FigureSections_budgetTotal;
	public static String FigureSections_offices;
	public static String FigureSections_diagnostic;
	public static String FigureSections_diagnosticOverall;
	public static String FigureSections_diagnosticPreparation;
	public static String FigureSections_diagnosticResponse;
	public static String FigureSections_diagnosticGaps;
	public static String FigureSections_diagnosticGapsWithoutAction;
	public static String FigureSections_diagnosticUnanswered;
	public static String FigureSections_diagnosticChange;
	public static String FigureSections_results;
	public static String FigureSections_resultsOn;
	public static String FigureSections_resultsNear;
	public static String FigureSections_resultsOff;
	public static String FigureSections_resultsNoData;
	public static String FigureSections_officeCount;
	public static String FigureSections_openOffices;
	public static String FigureSections_integratedOffices;
	public static String FigureSections_network;
	public static String FigureSections_referrals;
	public static String FigureSections_referralsKnown;
	public static String FigureSections_coverageGaps;
	public static String FigureSections_agreementsExpiring;
	public static String FigureSections_overdueSteps;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
