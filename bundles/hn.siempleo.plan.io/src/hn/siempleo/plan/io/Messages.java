// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.text.Languages;

final class Messages extends NLS {
	public static String ActionColumn_code;
	public static String ActionColumn_title;
	public static String ActionColumn_axis;
	public static String ActionColumn_dimension;
	public static String ActionColumn_phase;
	public static String ActionColumn_priority;
	public static String ActionColumn_resourceType;
	public static String ActionColumn_responsible;
	public static String ActionColumn_offices;
	public static String ActionColumn_start;
	public static String ActionColumn_due;
	public static String ActionColumn_status;
	public static String ActionColumn_progress;
	public static String ActionColumn_cost;
	public static String ActionColumn_funding;
	public static String ActionColumn_trafficLight;
	public static String ActionColumn_criterion;
	public static String ImportPreview_commandLabel;
	public static String ImportPreview_commandDescription;
	public static String ActionFormat_noImport;

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	static String header(ActionColumn column) {
		return switch (column) {
			case CODE -> ActionColumn_code;
			case TITLE -> ActionColumn_title;
			case AXIS -> ActionColumn_axis;
			case DIMENSION -> ActionColumn_dimension;
			case PHASE -> ActionColumn_phase;
			case PRIORITY -> ActionColumn_priority;
			case RESOURCE_TYPE -> ActionColumn_resourceType;
			case RESPONSIBLE -> ActionColumn_responsible;
			case OFFICES -> ActionColumn_offices;
			case START -> ActionColumn_start;
			case DUE -> ActionColumn_due;
			case STATUS -> ActionColumn_status;
			case PROGRESS -> ActionColumn_progress;
			case COST -> ActionColumn_cost;
			case FUNDING -> ActionColumn_funding;
			case TRAFFIC_LIGHT -> ActionColumn_trafficLight;
			case CRITERION -> ActionColumn_criterion;
		};
	}

	/**
	 * A column's header in every language of the workbench, whatever language it runs in (see
	 * {@link Languages}). The key is {@code ActionColumn_} and the column's name in camel case, as for the
	 * fields above.
	 */
	static List<String> headers(ActionColumn column) {
		StringBuilder key = new StringBuilder("ActionColumn_");
		String[] words = column.name().toLowerCase(Locale.ROOT).split("_");
		key.append(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
		}
		return Languages.strings(BUNDLE_NAME, Messages.class.getClassLoader(), key.toString());
	}
}
