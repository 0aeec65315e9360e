// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.internal.migration;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import hn.siempleo.core.spi.FormatMigration;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.Periodicity;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Workspace;

/**
 * Format 1.0 → 1.1: the free-text {@code indicator}, {@code baseline} and {@code target} of an action become a
 * link in {@code Action.indicators}: to the indicator of the workspace with the same name (compared without
 * case, accents, punctuation or a leading "% de" / "número de"), else to a new plan indicator
 * {@code IND-<action code>} whose name is the text, whose description keeps the three texts, with the first
 * number of the baseline and target texts as baseline and final target, the unit that follows the target's
 * number, the action's due date as target date and a yearly periodicity. {@code tools/dataset/build_dataset.py}
 * applies the same rule to the shipped data set.
 */
@Component(service = FormatMigration.class)
public final class ActionIndicatorMigration implements FormatMigration {

	/** The namespace of format 1.0. */
	public static final String FORMAT_1_0 = "http://siempleo.hn/model/1.0"; //$NON-NLS-1$

	private static final String INDICATOR = "indicator"; //$NON-NLS-1$
	private static final String BASELINE = "baseline"; //$NON-NLS-1$
	private static final String TARGET = "target"; //$NON-NLS-1$
	private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[ \\u00a0]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?"); //$NON-NLS-1$
	private static final Pattern WORD = Pattern.compile("^[\\p{L}]+"); //$NON-NLS-1$

	@Override
	public String sourceNamespace() {
		return FORMAT_1_0;
	}

	@Override
	public void migrate(Resource resource) {
		if (!(resource instanceof XMLResource xml) || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Workspace workspace)) {
			return;
		}
		Map<EObject, AnyType> extensions = xml.getEObjectToExtensionMap();
		Map<String, Indicator> byName = new HashMap<>();
		workspace.getIndicators().forEach(i -> byName.putIfAbsent(normalized(i.getName()), i));
		for (ActionPlan plan : workspace.getPlans()) {
			for (Action action : plan.getActions()) {
				AnyType extension = extensions.get(action);
				if (extension == null) {
					continue;
				}
				String indicator = take(extension, INDICATOR);
				String baseline = take(extension, BASELINE);
				String target = take(extension, TARGET);
				if (extension.getAnyAttribute().isEmpty() && extension.getMixed().isEmpty()) {
					extensions.remove(action);
				}
				if (indicator == null || indicator.isBlank()) {
					continue;
				}
				String key = normalized(indicator);
				Indicator linked = byName.get(key);
				if (linked == null) {
					linked = create(workspace, action, indicator.strip(), baseline, target);
					byName.put(key, linked);
				}
				if (!action.getIndicators().contains(linked)) {
					action.getIndicators().add(linked);
				}
			}
		}
	}

	private static Indicator create(Workspace workspace, Action action, String name, String baseline, String target) {
		Indicator indicator = SiempleoFactory.eINSTANCE.createIndicator();
		indicator.setCode(uniqueCode(workspace, "IND-" + action.getCode())); //$NON-NLS-1$
		indicator.setName(name);
		indicator.setDescription(NLS.bind(Messages.ActionIndicatorMigration_description,
				new Object[] { action.getCode(), blank(baseline), blank(target) }));
		Double base = firstNumber(baseline);
		if (base != null) {
			indicator.setBaseline(base);
		}
		Double goal = firstNumber(target);
		if (goal != null) {
			indicator.setTarget(goal);
		}
		String unit = unit(target);
		indicator.setUnit(unit != null ? unit : unit(baseline));
		indicator.setTargetDate(action.getDueDate());
		indicator.setPeriodicity(Periodicity.YEARLY);
		workspace.getIndicators().add(indicator);
		return indicator;
	}

	private static String take(AnyType extension, String name) {
		for (Iterator<FeatureMap.Entry> it = extension.getAnyAttribute().iterator(); it.hasNext();) {
			FeatureMap.Entry entry = it.next();
			if (name.equals(entry.getEStructuralFeature().getName())) {
				it.remove();
				return entry.getValue() == null ? null : entry.getValue().toString();
			}
		}
		return null;
	}

	/** The key names are matched by: lower case, no accents, words only, no leading "% de" / "número de". */
	static String normalized(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String t = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD)
				.replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
		t = t.replaceAll("[^a-z0-9]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return t.replaceFirst("^(de |numero de |n de )", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The first number of a free text ("1 200 empresas" → 1200, "17,5 %" → 17.5), or null. */
	static Double firstNumber(String text) {
		Matcher m = NUMBER.matcher(text == null ? "" : text); //$NON-NLS-1$
		if (!m.find()) {
			return null;
		}
		return Double.valueOf(m.group().replace(" ", "").replace("\u00a0", "").replace(',', '.')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The unit after the first number of a free text ("%" or the next word), or null. */
	static String unit(String text) {
		Matcher m = NUMBER.matcher(text == null ? "" : text); //$NON-NLS-1$
		if (!m.find()) {
			return null;
		}
		String rest = text.substring(m.end()).strip();
		if (rest.startsWith("%")) { //$NON-NLS-1$
			return "%"; //$NON-NLS-1$
		}
		Matcher word = WORD.matcher(rest);
		return word.find() ? word.group() : null;
	}

	private static String uniqueCode(Workspace workspace, String code) {
		String candidate = code;
		for (int n = 2; exists(workspace, candidate); n++) {
			candidate = code + "-" + n; //$NON-NLS-1$
		}
		return candidate;
	}

	private static boolean exists(Workspace workspace, String code) {
		return workspace.getIndicators().stream().anyMatch(i -> code.equals(i.getCode()));
	}

	private static String blank(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
