// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ImportRow;
import hn.siempleo.model.logic.ModelClock;

/**
 * Builds the one command that applies an import: a {@link SetCommand} per changed field of an existing
 * action, an {@link AddCommand} per new action (created complete, so adding it is the only change). Undoing
 * the compound undoes the whole import.
 */
public final class ImportCommands {

	private ImportCommands() {
	}

	/**
	 * The command for rows that are all applicable.
	 *
	 * @param domain the editing domain of the plan's model
	 * @param plan the plan new actions go to
	 * @param rows applicable rows
	 * @param label the command's label (shown by Undo)
	 * @param description the command's description
	 */
	public static CompoundCommand build(EditingDomain domain, ActionPlan plan, List<ImportRow> rows, String label,
			String description) {
		CompoundCommand compound = new CompoundCommand(label, description);
		LocalDate today = ModelClock.today(plan);
		for (ImportRow row : rows) {
			if (row.action() == null) {
				compound.append(AddCommand.create(domain, plan, SiempleoPackage.Literals.ACTION_PLAN__ACTIONS,
						newAction(row)));
				continue;
			}
			for (Map.Entry<ActionColumn, Object> entry : row.values().entrySet()) {
				ActionColumn column = entry.getKey();
				if (!same(column.value(row.action(), today), entry.getValue())) {
					EStructuralFeature feature = column.feature().orElseThrow();
					compound.append(SetCommand.create(domain, row.action(), feature, entry.getValue()));
				}
			}
		}
		return compound;
	}

	private static Action newAction(ImportRow row) {
		Action action = SiempleoFactory.eINSTANCE.createAction();
		action.setCode(row.code());
		row.values().forEach((column, value) -> {
			EStructuralFeature feature = column.feature().orElseThrow();
			if (value == null && !feature.isMany()) {
				action.eUnset(feature);
			} else {
				action.eSet(feature, value);
			}
		});
		if (action.getName() == null) {
			action.setName(action.getTitle());
		}
		return action;
	}

	/**
	 * Whether an imported value leaves a field as it is: amounts equal in value, lists with the same elements
	 * in order, a blank text and no text alike.
	 *
	 * @param current the field's value now
	 * @param next the value read
	 */
	public static boolean same(Object current, Object next) {
		if (current instanceof BigDecimal a && next instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		if (current instanceof List<?> list) {
			return next == null ? list.isEmpty() : next instanceof List<?> other && List.copyOf(list).equals(other);
		}
		if (current instanceof String text && next == null) {
			return text.isBlank();
		}
		return Objects.equals(current, next);
	}
}
