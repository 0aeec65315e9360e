package hn.siempleo.ui.internal.inicio;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String InicioPart_title;
	public static String InicioPart_intro;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
