// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Periodicity;
import hn.siempleo.model.text.Formats;

/**
 * A period of measurement: a year ({@code 2024}), a quarter ({@code 2024-T1}) or a month ({@code 2024-03}). The
 * text form is what the model stores in {@code Measurement.period} and {@code IndicatorTarget.period}.
 *
 * @param year  the calendar year
 * @param kind  yearly, quarterly or monthly
 * @param index the quarter (1-4) or month (1-12); 0 for a year
 */
public record Period(int year, Periodicity kind, int index) implements Comparable<Period> {

	/** Checks the fields. */
	public Period {
		int max = switch (kind) {
		case YEARLY -> 0;
		case QUARTERLY -> 4;
		case MONTHLY -> 12;
		};
		if (year < 1 || year > 9999 || (max == 0 ? index != 0 : index < 1 || index > max)) {
			throw new IllegalArgumentException(kind + " " + year + "/" + index); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * The period written as {@code 2024}, {@code 2024-T1} (also {@code 2024-Q1}, either case) or {@code 2024-03},
	 * blanks around it ignored; null if not one (year 0000 included). Read character by character: the report data
	 * parses every stored period of every indicator.
	 */
	public static Period parse(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip();
		if (s.length() != 4 && s.length() != 7) {
			return null;
		}
		int year = digits(s, 0, 4);
		if (year < 1) {
			return null;
		}
		if (s.length() == 4) {
			return new Period(year, Periodicity.YEARLY, 0);
		}
		if (s.charAt(4) != '-') {
			return null;
		}
		char letter = s.charAt(5);
		if (letter == 'T' || letter == 't' || letter == 'Q' || letter == 'q') {
			char quarter = s.charAt(6);
			return quarter >= '1' && quarter <= '4' ? new Period(year, Periodicity.QUARTERLY, quarter - '0') : null;
		}
		int month = digits(s, 5, 7);
		return month >= 1 && month <= 12 ? new Period(year, Periodicity.MONTHLY, month) : null;
	}

	/** The number written with ASCII digits from {@code from} to {@code to}; -1 when another character is there. */
	private static int digits(String s, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** The period of the given periodicity a date falls in. */
	public static Period of(LocalDate date, Periodicity kind) {
		return switch (kind) {
		case YEARLY -> new Period(date.getYear(), kind, 0);
		case QUARTERLY -> new Period(date.getYear(), kind, (date.getMonthValue() - 1) / 3 + 1);
		case MONTHLY -> new Period(date.getYear(), kind, date.getMonthValue());
		};
	}

	/** The periods of a periodicity in a year, in order (1, 4 or 12). */
	public static List<Period> of(int year, Periodicity kind) {
		return new Period(year, Periodicity.YEARLY, 0).split(kind);
	}

	/** The month of the first day. */
	private int firstMonth() {
		return switch (kind) {
		case YEARLY -> 1;
		case QUARTERLY -> (index - 1) * 3 + 1;
		case MONTHLY -> index;
		};
	}

	/** First day. */
	public LocalDate start() {
		return LocalDate.of(year, firstMonth(), 1);
	}

	/** Last day. */
	public LocalDate end() {
		return switch (kind) {
		case YEARLY -> LocalDate.of(year, 12, 31);
		case QUARTERLY -> start().plusMonths(3).minusDays(1);
		case MONTHLY -> start().plusMonths(1).minusDays(1);
		};
	}

	/** Whether {@code other} lies inside this period (a period contains itself). */
	public boolean contains(Period other) {
		return !other.start().isBefore(start()) && !other.end().isAfter(end());
	}

	/** Whether a date lies inside this period. */
	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	/** The periods of a finer (or the same) periodicity that make up this one; empty for a coarser one. */
	public List<Period> split(Periodicity finer) {
		List<Period> out = new ArrayList<>();
		if (rank(finer) < rank(kind)) {
			return out;
		}
		for (Period p = of(start(), finer); !p.start().isAfter(end()); p = p.next()) {
			out.add(p);
		}
		return out;
	}

	/** The period of the same kind that follows. */
	public Period next() {
		return of(end().plusDays(1), kind);
	}

	/** The period of the same kind that precedes. */
	public Period previous() {
		return of(start().minusDays(1), kind);
	}

	/** Whether this period is written in the given periodicity. */
	public boolean fits(Periodicity periodicity) {
		return kind == periodicity;
	}

	/** "T1 2024", "Marzo 2024", "2024". */
	public String label() {
		return switch (kind) {
		case YEARLY -> Integer.toString(year);
		case QUARTERLY -> NLS.bind(Messages.Period_quarter, index, Integer.toString(year));
		case MONTHLY -> NLS.bind(Messages.Period_month, Messages.Period_months.split(",")[index - 1], //$NON-NLS-1$
				Integer.toString(year));
		};
	}

	/** Short column label: "T1", "Mar", "2024". */
	public String shortLabel() {
		return switch (kind) {
		case YEARLY -> Integer.toString(year);
		case QUARTERLY -> NLS.bind(Messages.Period_quarterShort, index);
		case MONTHLY -> Messages.Period_months.split(",")[index - 1].substring(0, 3); //$NON-NLS-1$
		};
	}

	@Override
	public int compareTo(Period o) {
		// by first day (every period starts on a month's first day), then the shorter first
		int c = year != o.year ? Integer.compare(year, o.year) : Integer.compare(firstMonth(), o.firstMonth());
		return c != 0 ? c : Integer.compare(rank(o.kind), rank(kind));
	}

	/** The stored form: {@code 2024}, {@code 2024-T1}, {@code 2024-03}. */
	@Override
	public String toString() {
		String y = Formats.padded(year, 4);
		return switch (kind) {
		case YEARLY -> y;
		case QUARTERLY -> y + "-T" + index; //$NON-NLS-1$
		case MONTHLY -> y + (index < 10 ? "-0" : "-") + index; //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	private static int rank(Periodicity kind) {
		return switch (kind) {
		case YEARLY -> 0;
		case QUARTERLY -> 1;
		case MONTHLY -> 2;
		};
	}
}
