// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The languages the workbench comes in, Spanish and English, and their message files whatever language the
 * workbench runs in: for reading what was written in either, such as an Excel file exported by an office that
 * runs the workbench in the other language. Messages shown to the user stay in the language the workbench
 * runs in (NLS, the platform's localization). Safe on any thread.
 */
public final class Languages {

	/** Spanish, the workbench's own language, then English (started with {@code -nl en}). */
	public static final List<Locale> ALL = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH); //$NON-NLS-1$

	/**
	 * A language's file, else the base file: never the file of the language the workbench runs in, which is
	 * what {@link ResourceBundle} (the JVM's default locale) and the platform fall back to.
	 */
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private Languages() {
	}

	/**
	 * A message file in each language, in the order of {@link #ALL}: {@code baseName_en.properties} for English,
	 * say, and the base file for a language without a file of its own (the base file is Spanish in most bundles,
	 * English in the model's edit plug-in).
	 *
	 * @param baseName the files' name without language and extension, e.g. "hn.siempleo.plan.io.messages" or
	 *            "plugin" (a bundle's localization at its root)
	 * @param loader the class loader of the bundle that holds the files
	 * @return the files found; empty when there is no base file
	 */
	public static List<ResourceBundle> bundles(String baseName, ClassLoader loader) {
		List<ResourceBundle> bundles = new ArrayList<>(ALL.size());
		for (Locale language : ALL) {
			try {
				bundles.add(ResourceBundle.getBundle(baseName, language, loader, NO_FALLBACK));
			} catch (MissingResourceException e) {
				// no base file: nothing in this language
			}
		}
		return bundles;
	}

	/**
	 * A message in each language, without repeats, in the order of {@link #ALL}: e.g. "Estado", "Status".
	 *
	 * @param baseName the files' name, as for {@link #bundles(String, ClassLoader)}
	 * @param loader the class loader of the bundle that holds the files
	 * @param key the message's key
	 * @return the texts; empty when no file has the key
	 */
	public static List<String> strings(String baseName, ClassLoader loader, String key) {
		List<String> strings = new ArrayList<>(ALL.size());
		for (ResourceBundle bundle : bundles(baseName, loader)) {
			if (bundle.containsKey(key) && !strings.contains(bundle.getString(key))) {
				strings.add(bundle.getString(key));
			}
		}
		return strings;
	}
}
