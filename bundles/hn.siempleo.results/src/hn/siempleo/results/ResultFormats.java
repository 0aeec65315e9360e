// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How results figures are written: numbers with thousands separators and at most one decimal, in the same
 * convention as the reports' money ("1,250.5").
 */
public final class ResultFormats {

	private ResultFormats() {
	}

	/** "1,250.5"; empty for null. */
	public static String number(Double value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.US)).format(value); //$NON-NLS-1$
	}

	/** "+125" or "-3.5": a gap with its sign; empty for null. */
	public static String signed(Double value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		return (value > 0 ? "+" : "") + number(value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "95 %"; empty for null. */
	public static String percent(Double ratio) {
		if (ratio == null) {
			return ""; //$NON-NLS-1$
		}
		return Math.round(ratio * 100) + " %"; //$NON-NLS-1$
	}
}
