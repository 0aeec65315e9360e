package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;

import hn.siempleo.model.Action;
import hn.siempleo.model.Coded;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ActionLabels;

/**
 * An action in the tracker grid, with what sorting and filtering need cached: each column's sort key and
 * folded text, and a folded text of everything the search box looks at. The row listens to its action and
 * forgets the cache when the action changes, so that 100,000 rows sort and filter on cached keys.
 */
public final class ActionRow extends AdapterImpl implements TrackerRow {

	private static final int COLUMNS = ActionColumn.values().length;

	private final Action action;
	private final int order;
	private final Consumer<EStructuralFeature> onChange;
	private Comparable<?>[] sortKeys;
	private String[] texts;
	private String searchText;
	private LocalDate cachedFor;
	private ProblemMarks problems;

	/**
	 * @param action the action shown
	 * @param order its position in the plan, the order of last resort
	 * @param onChange called with the changed feature on the thread that changed the action, after the cache
	 *            is dropped
	 */
	ActionRow(Action action, int order, Consumer<EStructuralFeature> onChange) {
		this.action = action;
		this.order = order;
		this.onChange = onChange;
	}

	/** The action shown. */
	public Action action() {
		return action;
	}

	/** The action's position in the plan. */
	int order() {
		return order;
	}

	@Override
	public String rowId() {
		return action.getId();
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!notification.isTouch()) {
			invalidate();
			onChange.accept(notification.getFeature() instanceof EStructuralFeature feature ? feature : null);
		}
	}

	/** Drops the cache. */
	void invalidate() {
		sortKeys = null;
		texts = null;
		searchText = null;
		problems = null;
	}

	/** The validation problems of the action's cells, computed on first use. */
	ProblemMarks problems() {
		if (problems == null) {
			problems = ProblemMarks.of(action);
		}
		return problems;
	}

	/** The key rows are sorted by in a column (null sorts last): ordinals for enumerations, folded texts. */
	Comparable<?> sortKey(ActionColumn column, LocalDate today) {
		prepare(today);
		int i = column.ordinal();
		if (sortKeys[i] == null) {
			sortKeys[i] = key(column.value(action, today));
		}
		return sortKeys[i] == NONE ? null : sortKeys[i];
	}

	/** The column's text as shown, {@linkplain ActionLabels#fold folded}. */
	String foldedText(ActionColumn column, LocalDate today) {
		prepare(today);
		int i = column.ordinal();
		if (texts[i] == null) {
			texts[i] = ActionLabels.fold(column.text(action, today));
		}
		return texts[i];
	}

	/** Everything the search box looks at, folded and separated by blanks. */
	String searchText(LocalDate today) {
		prepare(today);
		if (searchText == null) {
			StringBuilder all = new StringBuilder(160);
			for (ActionColumn column : ActionColumn.values()) {
				all.append(foldedText(column, today)).append(' ');
			}
			all.append(ActionLabels.fold(action.getResponsibleUnit())).append(' ');
			all.append(ActionLabels.fold(action.getAxis() == null ? null : action.getAxis().getName()));
			searchText = all.toString();
		}
		return searchText;
	}

	private void prepare(LocalDate today) {
		if (sortKeys == null || !today.equals(cachedFor)) {
			sortKeys = new Comparable<?>[COLUMNS];
			texts = new String[COLUMNS];
			searchText = null;
			cachedFor = today;
		}
	}

	/** Marks a computed key that is null, so that it is not computed again. */
	private static final String NONE = new String("");

	private static Comparable<?> key(Object value) {
		return switch (value) {
			case null -> NONE;
			case String text -> text.isBlank() ? NONE : ActionLabels.fold(text);
			case Enumerator literal -> literal.getValue();
			case Coded coded -> ActionLabels.fold(coded.getCode());
			case java.util.Collection<?> list -> list.isEmpty() ? NONE : ActionLabels.fold(ActionLabels.text(list));
			case Comparable<?> comparable -> comparable;
			default -> ActionLabels.fold(value.toString());
		};
	}
}
