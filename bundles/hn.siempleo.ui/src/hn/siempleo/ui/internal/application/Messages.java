// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String JvmCacheRecording_status;
	public static String SiempleoApplication_inUseTitle;
	public static String SiempleoApplication_inUse;
	public static String SiempleoApplication_inUseFile;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
