// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ValidateCommand_usage;
	public static String ValidateCommand_unknownOption;
	public static String ValidateCommand_noService;
	public static String ValidateCommand_summary;
	public static String ValidateCommand_error;
	public static String ValidateCommand_warning;
	public static String ValidateCommand_missingExtension;
	public static String PluginsCommand_usage;
	public static String PluginsCommand_unexpected;
	public static String PluginsCommand_none;
	public static String ReportCommand_usage;
	public static String ReportCommand_unknownOption;
	public static String ReportCommand_missingValue;
	public static String ReportCommand_missingArguments;
	public static String ReportCommand_badFormat;
	public static String ReportCommand_badDate;
	public static String ReportCommand_badParam;
	public static String ReportCommand_noService;
	public static String ReportCommand_unknownDesign;
	public static String ReportCommand_noFolder;
	public static String ReportCommand_written;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
