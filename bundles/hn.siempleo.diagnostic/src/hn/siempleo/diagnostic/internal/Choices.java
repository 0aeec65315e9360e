// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.text.Labels;

/**
 * The texts of the questionnaire's choice columns, and reading them back leniently (case and accents ignored):
 * a choice is read by its name in the workbench's language, in any of its languages ("Fortaleza", "Strength"),
 * or its code name, so that a questionnaire filled where the workbench runs in the other language reads the
 * same. An instance knows the names of one import.
 */
final class Choices {

	/** Finding kinds offered in the sheet (unspecified is the blank cell). */
	static final List<FindingKind> FINDING_KINDS = List.of(FindingKind.STRENGTH, FindingKind.GAP);

	private final Map<String, FindingKind> findingKinds = byName(FindingKind.VALUES);
	private final Map<String, ResourceType> resources = byName(ResourceType.VALUES);
	private final Map<String, MaturityLevel> levels = byName(MaturityLevel.VALUES);

	/** The label of a literal, "" for the literal a blank cell stands for. */
	static String text(Enumerator literal, Enumerator blank) {
		return literal == null || literal == blank ? "" : Labels.literal(literal); //$NON-NLS-1$
	}

	/** The finding kind named {@code text}, unspecified for "", or null when none matches. */
	FindingKind findingKind(String text) {
		return parse(text, findingKinds, FindingKind.UNSPECIFIED);
	}

	/** The resources named {@code text}, own means for "", or null when none matches. */
	ResourceType resources(String text) {
		return parse(text, resources, ResourceType.OWN_MEANS);
	}

	/** The maturity level named {@code text} ("En desarrollo", "Developing"), or null when none matches. */
	MaturityLevel level(String text) {
		return parse(text, levels, null);
	}

	/** The literal whose name is {@code text}, {@code blank} for "", or null when none matches. */
	private static <E extends Enumerator> E parse(String text, Map<String, E> byName, E blank) {
		String wanted = normal(text);
		return wanted.isEmpty() ? blank : byName.get(wanted);
	}

	/**
	 * The literals by their name in the workbench's language, in any of its languages, and their code name:
	 * should two of these ever be alike, the one named first here wins.
	 */
	private static <E extends Enumerator> Map<String, E> byName(List<E> literals) {
		Map<String, E> names = new HashMap<>();
		literals.forEach(literal -> names.putIfAbsent(normal(Labels.literal(literal)), literal));
		literals.forEach(literal -> Labels.literalInEveryLanguage(literal)
				.forEach(name -> names.putIfAbsent(normal(name), literal)));
		literals.forEach(literal -> names.putIfAbsent(normal(literal.getName()), literal));
		return names;
	}

	private static String normal(String text) {
		String stripped = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD) //$NON-NLS-1$
				.replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return stripped.toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
