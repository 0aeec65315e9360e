// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String AssessmentForm_attach;
	public static String AssessmentForm_attachCommand;
	public static String AssessmentForm_chooseFiles;
	public static String AssessmentForm_copyFailed;
	public static String AssessmentForm_evidence;
	public static String AssessmentForm_files;
	public static String AssessmentForm_finding;
	public static String AssessmentForm_findingKind;
	public static String AssessmentForm_missingFile;
	public static String AssessmentForm_noViewer;
	public static String AssessmentForm_filesTitle;
	public static String AssessmentForm_badFileName;
	public static String AssessmentForm_notViewable;
	public static String AssessmentForm_none;
	public static String AssessmentForm_notAssessed;
	public static String AssessmentForm_notLocal;
	public static String AssessmentForm_open;
	public static String AssessmentForm_recommendation;
	public static String AssessmentForm_remove;
	public static String AssessmentForm_resources;
	public static String AssessmentForm_score;
	public static String CreateActionDialog_axis;
	public static String CreateActionDialog_budget;
	public static String CreateActionDialog_create;
	public static String CreateActionDialog_dimension;
	public static String CreateActionDialog_dimensionValue;
	public static String CreateActionDialog_heading;
	public static String CreateActionDialog_needsBudget;
	public static String CreateActionDialog_notSevere;
	public static String CreateActionDialog_ownMeans;
	public static String CreateActionDialog_ownMeansSuffice;
	public static String CreateActionDialog_phase;
	public static String CreateActionDialog_plain;
	public static String CreateActionDialog_priority;
	public static String CreateActionDialog_reason;
	public static String CreateActionDialog_severe;
	public static String CreateActionDialog_suggested;
	public static String CreateActionDialog_title;
	public static String CreateActionDialog_titleField;
	public static String CriteriaPage_noCriteria;
	public static String CriteriaPage_allAnswered;
	public static String CriteriaPage_criterion;
	public static String CriteriaPage_finding;
	public static String CriteriaPage_gap;
	public static String CriteriaPage_keys;
	public static String CriteriaPage_noDiagnostic;
	public static String CriteriaPage_notAnswered;
	public static String CriteriaPage_score;
	public static String CriteriaPage_strength;
	public static String CriteriaPage_unanswered;
	public static String DiagnosticPart_choose;
	public static String DiagnosticPart_criteria;
	public static String DiagnosticPart_dated;
	public static String DiagnosticPart_dirty;
	public static String DiagnosticPart_followUpOf;
	public static String DiagnosticPart_gaps;
	public static String DiagnosticPart_national;
	public static String DiagnosticPart_none;
	public static String DiagnosticPart_office;
	public static String DiagnosticPart_summary;
	public static String DiagnosticPart_title;
	public static String DiagnosticPart_titleOf;
	public static String GapsPage_actions;
	public static String GapsPage_code;
	public static String GapsPage_count;
	public static String GapsPage_create;
	public static String GapsPage_criterion;
	public static String GapsPage_dimension;
	public static String GapsPage_high;
	public static String GapsPage_light;
	public static String GapsPage_linked;
	public static String GapsPage_medium;
	public static String GapsPage_named;
	public static String GapsPage_notAnswered;
	public static String GapsPage_priority;
	public static String GapsPage_priorityValue;
	public static String GapsPage_resources;
	public static String GapsPage_score;
	public static String GapsPage_severity;
	public static String GapsPage_showAction;
	public static String GapsPage_showCriterion;
	public static String GapsPage_status;
	public static String GapsPage_threshold;
	public static String GapsPage_title;
	public static String HeatMapCanvas_office;
	public static String HeatMapCanvas_overall;
	public static String SummaryPage_baseline;
	public static String SummaryPage_better;
	public static String SummaryPage_change;
	public static String SummaryPage_compareWith;
	public static String SummaryPage_criteriaTrend;
	public static String SummaryPage_current;
	public static String SummaryPage_dimension;
	public static String SummaryPage_dimensionLabel;
	public static String SummaryPage_gaps;
	public static String SummaryPage_heatMap;
	public static String SummaryPage_noBaseline;
	public static String SummaryPage_noComparison;
	public static String SummaryPage_notComparable;
	public static String SummaryPage_outOf;
	public static String SummaryPage_overall;
	public static String SummaryPage_overallBar;
	public static String SummaryPage_preparation;
	public static String SummaryPage_response;
	public static String SummaryPage_same;
	public static String SummaryPage_strengths;
	public static String SummaryPage_unanswered;
	public static String SummaryPage_withoutAction;
	public static String SummaryPage_worse;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
