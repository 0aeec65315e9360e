// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import hn.siempleo.model.Coded;
import hn.siempleo.model.Institution;

/** Short texts for model elements in matrices, lists and reports. Pure functions. */
public final class Names {

	private Names() {
	}

	/** The name, else the code, else "" (null safe). */
	public static String of(Coded element) {
		if (element == null) {
			return "";
		}
		String name = element.getName();
		if (name != null && !name.isBlank()) {
			return name;
		}
		return element.getCode() == null ? "" : element.getCode();
	}

	/** The code, else "" (null safe). */
	public static String code(Coded element) {
		return element == null || element.getCode() == null ? "" : element.getCode();
	}

	/** The acronym (SETRASS, INFOP), else the code, else "" (null safe). */
	public static String acronym(Institution institution) {
		if (institution == null) {
			return "";
		}
		String acronym = institution.getAcronym();
		return acronym != null && !acronym.isBlank() ? acronym : code(institution);
	}
}
