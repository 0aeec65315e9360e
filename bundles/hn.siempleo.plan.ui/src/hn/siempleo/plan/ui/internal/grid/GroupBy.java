package hn.siempleo.plan.ui.internal.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.plan.io.ActionLabels;

/**
 * How the grid groups its rows. An action with several offices appears under each of them; actions without
 * an axis or an office gather under a group of their own.
 */
public enum GroupBy {
	/** One flat list. */
	NONE,
	/** By axis of the Employment Policy. */
	AXIS,
	/** By priority. */
	PRIORITY,
	/** By execution status. */
	STATUS,
	/** By office. */
	OFFICE;

	/** A group an action belongs to: its key, the texts of its heading, and its place among the groups. */
	record Group(String key, String code, String label, Comparable<?> order) {
	}

	/** The name shown in the grouping selector. */
	public String label() {
		return switch (this) {
			case NONE -> Messages.GroupBy_none;
			case AXIS -> Messages.GroupBy_axis;
			case PRIORITY -> Messages.GroupBy_priority;
			case STATUS -> Messages.GroupBy_status;
			case OFFICE -> Messages.GroupBy_office;
		};
	}

	/** The groups an action belongs to: one, or one per office. */
	List<Group> groupsOf(Action action) {
		return switch (this) {
			case NONE -> List.of();
			case AXIS -> List.of(axis(action.getAxis()));
			case PRIORITY -> List.of(new Group("p" + action.getPriority(),
					org.eclipse.osgi.util.NLS.bind(Messages.GroupBy_priorityHeading, action.getPriority()), "",
					action.getPriority()));
			case STATUS -> List.of(status(action.getStatus()));
			case OFFICE -> offices(action);
		};
	}

	/** Orders groups: by code, by priority or status order; the group of "none" last. */
	static final Comparator<Group> ORDER = GroupBy::compare;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Group a, Group b) {
		return ((Comparable) a.order()).compareTo(b.order());
	}

	private static Group axis(PolicyAxis axis) {
		if (axis == null || axis.getCode() == null) {
			return new Group("", Messages.GroupBy_noAxis, "", "\uffff");
		}
		return new Group(axis.getCode(), axis.getCode(), axis.getName() == null ? "" : axis.getName(),
				ActionLabels.fold(axis.getCode()));
	}

	private static Group status(ActionStatus status) {
		return new Group(status.getLiteral(), ActionLabels.literal(status), "", status.getValue());
	}

	private static List<Group> offices(Action action) {
		if (action.getOffices().isEmpty()) {
			return List.of(new Group("", Messages.GroupBy_noOffice, "", "\uffff"));
		}
		List<Group> groups = new ArrayList<>();
		for (Office office : action.getOffices()) {
			groups.add(new Group(office.getCode(), office.getCode(), office.getName() == null ? "" : office.getName(),
					ActionLabels.fold(office.getCode())));
		}
		return groups;
	}
}
