// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String DefaultModelService_noStore;
	public static String DefaultModelService_noDataSet;
	public static String DefaultModelService_copyFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
