// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.Comparator;
import java.util.List;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.model.text.Labels;

/**
 * How the grid groups its rows. An action with several offices appears under each of them; actions without
 * an axis or an office gather under a group of their own. Rows are grouped by a short key; a group's
 * heading is described once, from one of its actions.
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

	/** The keys of the groups an action belongs to: one, or one per office ("" for none). */
	List<String> keysOf(Action action) {
		return switch (this) {
			case NONE -> List.of();
			case AXIS -> List.of(action.getAxis() == null || action.getAxis().getCode() == null ? ""
					: action.getAxis().getCode());
			case PRIORITY -> List.of(PRIORITY_KEYS.computeIfAbsent(action.getPriority(), p -> "p" + p));
			case STATUS -> List.of(action.getStatus().getLiteral());
			case OFFICE -> officeKeys(action);
		};
	}

	/** The heading of the group with a key, described from one of its actions. */
	Group group(String key, Action member) {
		return switch (this) {
			case NONE -> throw new IllegalStateException();
			case AXIS -> axis(member.getAxis());
			case PRIORITY -> new Group(key, org.eclipse.osgi.util.NLS.bind(Messages.GroupBy_priorityHeading,
					member.getPriority()), "", member.getPriority());
			case STATUS -> status(member.getStatus());
			case OFFICE -> key.isEmpty() ? new Group("", Messages.GroupBy_noOffice, "", "\uffff")
					: member.getOffices().stream().filter(office -> key.equals(office.getCode())).findFirst()
							.map(office -> new Group(key, key, office.getName() == null ? "" : office.getName(),
									ActionLabels.fold(key)))
							.orElseThrow();
		};
	}

	/** One key per office, without a stream: one list per action is made for 100,000 actions at a time. */
	private static List<String> officeKeys(Action action) {
		List<hn.siempleo.model.Office> offices = action.getOffices();
		int size = offices.size();
		if (size <= 1) {
			return List.of(size == 0 || offices.get(0).getCode() == null ? "" : offices.get(0).getCode());
		}
		String[] keys = new String[size];
		for (int i = 0; i < size; i++) {
			String code = offices.get(i).getCode();
			keys[i] = code == null ? "" : code;
		}
		return List.of(keys);
	}

	private static final java.util.Map<Integer, String> PRIORITY_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

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
		return new Group(status.getLiteral(), Labels.literal(status), "", status.getValue());
	}

}
