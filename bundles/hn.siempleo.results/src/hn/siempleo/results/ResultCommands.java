// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import java.time.LocalDate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.IndicatorTarget;
import hn.siempleo.model.Measurement;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage.Literals;

/**
 * The edits of results data, each one EMF command for the editing domain's command stack (one undo history
 * with the rest of the workbench; what a change recorder turns into a delta for a shared store). A command for
 * an entry the rules refuse ({@link ResultsValidation#checkEntry}) is unexecutable.
 */
public final class ResultCommands {

	private ResultCommands() {
	}

	/** What was recorded with a value: when, by whom, from which source (each may be null). */
	public record Provenance(LocalDate date, String recordedBy, String source) {
	}

	/**
	 * Sets the measured value of (indicator, period, office or national): changes the measurement of that key,
	 * or adds one. The provenance is stored with it.
	 */
	public static Command setMeasurement(EditingDomain domain, Indicator indicator, Period period, Office office,
			double value, Provenance provenance) {
		if (ResultsValidation.checkEntry(indicator, period.toString(), office, value) != null) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = NLS.bind(Messages.ResultCommands_setMeasurement,
				new Object[] { indicator.getCode(), period.label(), ResultsValidation.officeLabel(office) });
		CompoundCommand command = new CompoundCommand(label);
		Measurement existing = IndicatorResults.measurement(indicator, period, office);
		if (existing != null) {
			if (existing.getValue() != value) {
				command.append(SetCommand.create(domain, existing, Literals.MEASUREMENT__VALUE, value));
			}
			setIfGiven(domain, command, existing, provenance);
		} else {
			Measurement m = SiempleoFactory.eINSTANCE.createMeasurement();
			m.setPeriod(period.toString());
			m.setOffice(office);
			m.setValue(value);
			if (provenance != null) {
				m.setDate(provenance.date());
				m.setRecordedBy(provenance.recordedBy());
				m.setSource(provenance.source());
			}
			command.append(AddCommand.create(domain, indicator, Literals.INDICATOR__MEASUREMENTS, m));
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** Removes the measurement of (indicator, period, office), if there is one. */
	public static Command clearMeasurement(EditingDomain domain, Indicator indicator, Period period, Office office) {
		Measurement existing = IndicatorResults.measurement(indicator, period, office);
		if (existing == null) {
			return UnexecutableCommand.INSTANCE;
		}
		Command remove = RemoveCommand.create(domain, indicator, Literals.INDICATOR__MEASUREMENTS, existing);
		return relabel(remove, NLS.bind(Messages.ResultCommands_clearMeasurement,
				new Object[] { indicator.getCode(), period.label(), ResultsValidation.officeLabel(office) }));
	}

	/** Sets the target of (indicator, period, office or national): changes the target of that key, or adds one. */
	public static Command setTarget(EditingDomain domain, Indicator indicator, Period period, Office office, double value) {
		if (ResultsValidation.checkEntry(indicator, period.toString(), office, value) != null) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = NLS.bind(Messages.ResultCommands_setTarget,
				new Object[] { indicator.getCode(), period.label(), ResultsValidation.officeLabel(office) });
		IndicatorTarget existing = IndicatorResults.typedTarget(indicator, period, office);
		if (existing != null) {
			if (existing.getValue() == value) {
				return UnexecutableCommand.INSTANCE;
			}
			return relabel(SetCommand.create(domain, existing, Literals.INDICATOR_TARGET__VALUE, value), label);
		}
		IndicatorTarget t = SiempleoFactory.eINSTANCE.createIndicatorTarget();
		t.setPeriod(period.toString());
		t.setOffice(office);
		t.setValue(value);
		return relabel(AddCommand.create(domain, indicator, Literals.INDICATOR__TARGETS, t), label);
	}

	/** Removes the target of (indicator, period, office), if there is one. */
	public static Command clearTarget(EditingDomain domain, Indicator indicator, Period period, Office office) {
		IndicatorTarget existing = IndicatorResults.typedTarget(indicator, period, office);
		if (existing == null) {
			return UnexecutableCommand.INSTANCE;
		}
		return relabel(RemoveCommand.create(domain, indicator, Literals.INDICATOR__TARGETS, existing),
				NLS.bind(Messages.ResultCommands_clearTarget,
						new Object[] { indicator.getCode(), period.label(), ResultsValidation.officeLabel(office) }));
	}

	private static void setIfGiven(EditingDomain domain, CompoundCommand command, Measurement m, Provenance p) {
		if (p == null) {
			return;
		}
		if (p.date() != null && !p.date().equals(m.getDate())) {
			command.append(SetCommand.create(domain, m, Literals.MEASUREMENT__DATE, p.date()));
		}
		if (p.recordedBy() != null && !p.recordedBy().equals(m.getRecordedBy())) {
			command.append(SetCommand.create(domain, m, Literals.MEASUREMENT__RECORDED_BY, p.recordedBy()));
		}
		if (p.source() != null && !p.source().equals(m.getSource())) {
			command.append(SetCommand.create(domain, m, Literals.MEASUREMENT__SOURCE, p.source()));
		}
	}

	private static Command relabel(Command command, String label) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}
}
