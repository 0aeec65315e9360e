// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String EditTarget_commandLabel;
	public static String EditTarget_commandDescription;
	public static String FieldEditors_none;
	public static String ReferenceListFieldEditor_edit;
	public static String ReferenceListFieldEditor_editAccessible;
	public static String ReferenceListFieldEditor_separator;
	public static String ReferenceChecklistDialog_title;
	public static String ReferenceChecklistDialog_message;
	public static String DateFieldEditor_noDate;
	public static String StringListFieldEditor_hint;
	public static String ReadOnlyFieldEditor_yes;
	public static String ReadOnlyFieldEditor_no;
	public static String ValueParsing_required;
	public static String ValueParsing_notANumber;
	public static String ValueParsing_notWhole;
	public static String ValueParsing_outOfRange;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
