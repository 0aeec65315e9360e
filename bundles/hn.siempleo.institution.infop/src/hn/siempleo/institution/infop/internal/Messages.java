// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the INFOP plug-in's headless part. */
public final class Messages extends NLS {
	public static String CourseOfficeRule_message;
	public static String CourseDestinations_kind;
	public static String Modality_presencial;
	public static String Modality_virtual;
	public static String Modality_mixta;
	public static String Report_yes;
	public static String Report_no;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
