// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;

import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.plan.io.ActionColumn;

/**
 * Refuses values a cell must never hold, before any command runs: a blank code, a priority other than 1-4,
 * progress outside 0-100, a negative cost. Rules about several fields stay with the model's validator and
 * show as marks.
 */
final class ColumnValidator extends DataValidator {

	private final ActionColumn column;

	ColumnValidator(ActionColumn column) {
		this.column = column;
	}

	@Override
	public boolean validate(int columnIndex, int rowIndex, Object newValue) {
		switch (column) {
			case CODE -> check(newValue instanceof String text && !text.isBlank(), Messages.ColumnValidator_code);
			case PRIORITY -> check(newValue instanceof Integer p && p >= 1 && p <= 4,
					NLS.bind(Messages.ColumnValidator_priority, newValue));
			case PROGRESS -> check(newValue instanceof Integer p && p >= 0 && p <= 100,
					NLS.bind(Messages.ColumnValidator_progress, newValue));
			case COST -> check(newValue == null || newValue instanceof BigDecimal cost && cost.signum() >= 0,
					Messages.ColumnValidator_cost);
			default -> {
				// any value of the right type
			}
		}
		return true;
	}

	private static void check(boolean valid, String message) {
		if (!valid) {
			throw new ValidationFailedException(message);
		}
	}
}
