// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal.cli;

import org.eclipse.osgi.util.NLS;

/** User texts of the store commands: Spanish in messages.properties, English in messages_en.properties. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "hn.siempleo.store.pg.internal.cli.messages"; //$NON-NLS-1$

	public static String StoreCommand_usage;
	public static String StoreCommand_unknownOption;
	public static String StoreCommand_unknownVerb;
	public static String StoreCommand_schemaPending;
	public static String StoreCommand_migrated;
	public static String StoreCommand_listed;
	public static String StoreCommand_pushed;
	public static String StoreCommand_pulled;
	public static String StoreCommand_changes;
	public static String StoreCommand_badDate;
	public static String StoreCommand_approvalOn;
	public static String StoreCommand_approvalOff;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
