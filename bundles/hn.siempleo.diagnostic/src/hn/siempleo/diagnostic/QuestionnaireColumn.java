// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import hn.siempleo.model.SiempleoPackage.Literals;

/**
 * The columns of a diagnostic questionnaire in Excel, in sheet order: the criterion (read-only, the code is the
 * key rows are matched by), then what the assessors fill in. Safe on any thread.
 */
public enum QuestionnaireColumn {
	/** The dimension of the criterion; not imported. */
	DIMENSION(null),
	/** The criterion's code: the key. */
	CODE(null),
	/** The criterion's name; not imported. */
	CRITERION(null),
	/** The description of each level of the criterion; not imported. */
	LEVELS(null),
	/** The score, 1 to 4; blank for not answered. */
	SCORE(Literals.ASSESSMENT__SCORE),
	/** Strength, gap or blank (the score decides). */
	FINDING_KIND(Literals.ASSESSMENT__FINDING_KIND),
	/** Evidence text. */
	EVIDENCE(Literals.ASSESSMENT__EVIDENCE),
	/** Finding text. */
	FINDING(Literals.ASSESSMENT__FINDING),
	/** Recommendation text. */
	RECOMMENDATION(Literals.ASSESSMENT__RECOMMENDATION),
	/** Own means or additional budget. */
	RESOURCES(Literals.ASSESSMENT__RESOURCE_NEED);

	private final EStructuralFeature feature;

	QuestionnaireColumn(EStructuralFeature feature) {
		this.feature = feature;
	}

	/** The assessment feature the column fills; empty for the read-only columns and the key. */
	public Optional<EStructuralFeature> feature() {
		return Optional.ofNullable(feature);
	}

	/** Whether the column's values are imported. */
	public boolean imported() {
		return feature != null;
	}

	/** The header in the workbench's language, e.g. "Puntaje (1-4)". */
	public String header() {
		return switch (this) {
			case DIMENSION -> Messages.Questionnaire_dimension;
			case CODE -> Messages.Questionnaire_code;
			case CRITERION -> Messages.Questionnaire_criterion;
			case LEVELS -> Messages.Questionnaire_levels;
			case SCORE -> Messages.Questionnaire_score;
			case FINDING_KIND -> Messages.Questionnaire_findingKind;
			case EVIDENCE -> Messages.Questionnaire_evidence;
			case FINDING -> Messages.Questionnaire_finding;
			case RECOMMENDATION -> Messages.Questionnaire_recommendation;
			case RESOURCES -> Messages.Questionnaire_resources;
		};
	}

	/**
	 * The header in every language of the workbench, Spanish first, e.g. "Puntaje (1-4)", "Score (1-4)": a
	 * questionnaire exported in either language is read back in both (see
	 * {@link hn.siempleo.model.text.Languages}).
	 */
	public List<String> headers() {
		return Messages.headers(this);
	}

	/** A stable lower-case identifier, also accepted as a header on import. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
