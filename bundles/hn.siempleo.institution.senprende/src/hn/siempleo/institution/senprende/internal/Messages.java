// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the SENPRENDE plug-in's headless part. */
public final class Messages extends NLS {
	public static String Report_noOffice;
	public static String Kind_training;
	public static String Kind_advice;
	public static String Kind_finance;
	public static String Kind_incubation;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
