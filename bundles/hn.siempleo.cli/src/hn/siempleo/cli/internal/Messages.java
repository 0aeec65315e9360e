package hn.siempleo.cli.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ValidateCommand_usage;
	public static String ValidateCommand_unknownOption;
	public static String ValidateCommand_noService;
	public static String ValidateCommand_summary;
	public static String ValidateCommand_error;
	public static String ValidateCommand_warning;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
