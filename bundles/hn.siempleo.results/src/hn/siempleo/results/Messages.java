// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Period_quarter;
	public static String Period_quarterShort;
	public static String Period_month;
	public static String Period_months;
	public static String Periodicity_monthly;
	public static String Periodicity_quarterly;
	public static String Periodicity_yearly;
	public static String ResultLight_noData;
	public static String ResultLight_onTarget;
	public static String ResultLight_nearTarget;
	public static String ResultLight_offTarget;
	public static String Results_national;
	public static String ResultsValidation_noValue;
	public static String ResultsValidation_negative;
	public static String ResultsValidation_badPeriod;
	public static String ResultsValidation_outsidePeriodicity;
	public static String ResultsValidation_inIndicator;
	public static String ResultsValidation_duplicate;
	public static String ResultsValidation_duplicateTarget;
	public static String ResultCommands_setMeasurement;
	public static String ResultCommands_clearMeasurement;
	public static String ResultCommands_setTarget;
	public static String ResultCommands_clearTarget;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
