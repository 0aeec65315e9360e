// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.files;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String OutputTargets_isSource;
	public static String OutputTargets_isModel;
	public static String OutputTargets_modelName;
	public static String OutputTargets_isFolder;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
