// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

import hn.siempleo.model.FindingKind;
import hn.siempleo.model.ResourceType;

/** The texts of the questionnaire's choice columns, and reading them back leniently (case and accents ignored). */
final class Choices {

	/** Finding kinds offered in the sheet (unspecified is the blank cell). */
	static final List<FindingKind> FINDING_KINDS = List.of(FindingKind.STRENGTH, FindingKind.GAP);

	private Choices() {
	}

	/** The label of a literal, "" for the literal a blank cell stands for. */
	static String text(Enumerator literal, Enumerator blank) {
		return literal == null || literal == blank ? "" : hn.siempleo.model.text.Labels.literal(literal); //$NON-NLS-1$
	}

	/** The literal whose label or name is {@code text}, {@code blank} for "", or null when none matches. */
	static <E extends Enumerator> E parse(String text, List<E> literals, E blank) {
		String wanted = normal(text);
		if (wanted.isEmpty()) {
			return blank;
		}
		for (E literal : literals) {
			if (wanted.equals(normal(hn.siempleo.model.text.Labels.literal(literal))) || wanted.equals(normal(literal.getName()))) {
				return literal;
			}
		}
		return null;
	}

	static FindingKind findingKind(String text) {
		return parse(text, FindingKind.VALUES, FindingKind.UNSPECIFIED);
	}

	static ResourceType resources(String text) {
		return parse(text, ResourceType.VALUES, ResourceType.OWN_MEANS);
	}

	private static String normal(String text) {
		String stripped = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD) //$NON-NLS-1$
				.replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return stripped.toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
