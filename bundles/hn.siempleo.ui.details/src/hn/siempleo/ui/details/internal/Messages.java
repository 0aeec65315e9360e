// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String DetailsView_empty;
	public static String PropertyForm_noProperties;
	public static String ValidationFeedback_error;
	public static String ValidationFeedback_warning;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
