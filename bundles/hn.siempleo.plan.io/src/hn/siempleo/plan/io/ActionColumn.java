// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import hn.siempleo.model.Action;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.plan.io.shared.ActionLabels;

/**
 * The columns of an action list, shared by the tracker grid and the Excel files so that a sheet exported from
 * the grid reads back column by column: the header a planner sees, the kind of value, the model feature it
 * edits (none for derived columns) and the value of an action. Safe on any thread.
 */
public enum ActionColumn {
	/** The action's code, the key rows are matched by on import. */
	CODE(Kind.TEXT, SiempleoPackage.Literals.CODED__CODE),
	/** Short title. */
	TITLE(Kind.TEXT, SiempleoPackage.Literals.ACTION__TITLE),
	/** Axis of the Employment Policy, by code. */
	AXIS(Kind.CHOICE, SiempleoPackage.Literals.ACTION__AXIS),
	/** PES Scan dimension, by code. */
	DIMENSION(Kind.CHOICE, SiempleoPackage.Literals.ACTION__DIMENSION),
	/** Implementation phase (plazo). */
	PHASE(Kind.CHOICE, SiempleoPackage.Literals.ACTION__PHASE),
	/** Priority 1 to 4. */
	PRIORITY(Kind.INTEGER, SiempleoPackage.Literals.ACTION__PRIORITY),
	/** Own means or additional budget; derived from the priority. */
	RESOURCE_TYPE(Kind.CHOICE, null),
	/** Responsible person. */
	RESPONSIBLE(Kind.TEXT, SiempleoPackage.Literals.ACTION__RESPONSIBLE_PERSON),
	/** Offices concerned, by code. */
	OFFICES(Kind.LIST, SiempleoPackage.Literals.ACTION__OFFICES),
	/** Planned start. */
	START(Kind.DATE, SiempleoPackage.Literals.ACTION__START_DATE),
	/** Planned end. */
	DUE(Kind.DATE, SiempleoPackage.Literals.ACTION__DUE_DATE),
	/** Execution status. */
	STATUS(Kind.CHOICE, SiempleoPackage.Literals.ACTION__STATUS),
	/** Progress in percent. */
	PROGRESS(Kind.INTEGER, SiempleoPackage.Literals.ACTION__PROGRESS),
	/** Estimated cost in lempiras. */
	COST(Kind.MONEY, SiempleoPackage.Literals.ACTION__ESTIMATED_COST),
	/** Funding source. */
	FUNDING(Kind.TEXT, SiempleoPackage.Literals.ACTION__FUNDING_SOURCE),
	/** The semáforo on a given day; derived. */
	TRAFFIC_LIGHT(Kind.CHOICE, null),
	/** The diagnostic criterion the action answers (its origin assessment's), by code; derived. */
	CRITERION(Kind.CHOICE, null);

	/** What kind of value a column holds. */
	public enum Kind {
		/** Free text. */
		TEXT,
		/** A whole number. */
		INTEGER,
		/** A date ({@link LocalDate}). */
		DATE,
		/** An amount in lempiras ({@link java.math.BigDecimal}). */
		MONEY,
		/** One of a fixed set: an enumeration literal or a coded element of the workspace. */
		CHOICE,
		/** Several coded elements of the workspace. */
		LIST
	}

	private final Kind kind;
	private final EStructuralFeature feature;

	ActionColumn(Kind kind, EStructuralFeature feature) {
		this.kind = kind;
		this.feature = feature;
	}

	/** The kind of value. */
	public Kind kind() {
		return kind;
	}

	/** The feature the column shows and edits; empty for derived columns. */
	public Optional<EStructuralFeature> feature() {
		return Optional.ofNullable(feature);
	}

	/** Whether the column is computed from others and can be neither edited nor imported. */
	public boolean derived() {
		return feature == null;
	}

	/** The header in the workbench's language, e.g. "Responsable". */
	public String header() {
		return Messages.header(this);
	}

	/**
	 * The header in every language of the workbench, Spanish first, e.g. "Responsable", "Responsible": a sheet
	 * exported in either language is read back in both (see {@link hn.siempleo.model.text.Languages}).
	 */
	public List<String> headers() {
		return Messages.headers(this);
	}

	/** A stable lower-case identifier, e.g. {@code responsible}; also accepted as a header on import. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The value of the column for an action: a String, Integer, LocalDate, BigDecimal, enumeration literal,
	 * coded element or list of coded elements (never null for lists).
	 *
	 * @param action the action, not null
	 * @param today the day the semáforo is computed for
	 */
	public Object value(Action action, LocalDate today) {
		return switch (this) {
			case CODE -> action.getCode();
			case TITLE -> action.getTitle();
			case AXIS -> action.getAxis();
			case DIMENSION -> action.getDimension();
			case PHASE -> action.getPhase();
			case PRIORITY -> action.getPriority();
			case RESOURCE_TYPE -> Actions.resourceType(action);
			case RESPONSIBLE -> action.getResponsiblePerson();
			case OFFICES -> action.getOffices();
			case START -> action.getStartDate();
			case DUE -> action.getDueDate();
			case STATUS -> action.getStatus();
			case PROGRESS -> action.getProgress();
			case COST -> action.getEstimatedCost();
			case FUNDING -> action.getFundingSource();
			case TRAFFIC_LIGHT -> Actions.trafficLight(action, today);
			case CRITERION -> action.getOriginAssessment() == null ? null : action.getOriginAssessment().getCriterion();
		};
	}

	/** The value as text, as the grid shows it (see {@link ActionLabels#text(Object)}). */
	public String text(Action action, LocalDate today) {
		return ActionLabels.text(value(action, today));
	}
}
