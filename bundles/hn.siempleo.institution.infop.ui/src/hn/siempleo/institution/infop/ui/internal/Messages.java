// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String CoursesPart_search;
	public static String CoursesPart_summary;
	public static String CoursesPart_code;
	public static String CoursesPart_name;
	public static String CoursesPart_sector;
	public static String CoursesPart_hours;
	public static String CoursesPart_modality;
	public static String CoursesPart_seats;
	public static String CoursesPart_offices;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
