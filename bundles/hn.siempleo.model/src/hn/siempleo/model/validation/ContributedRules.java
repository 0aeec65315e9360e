// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Workspace;

/**
 * The rules contributed to {@code hn.siempleo.model.validationRules}, run after the built-in {@link Rule}s.
 * A finding's {@link Diagnostic#getSource()} is the rule's id prefixed with {@link #SOURCE_PREFIX}; a rule that
 * throws is logged and skipped, it never stops validation.
 */
public final class ContributedRules {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "hn.siempleo.model.validationRules"; //$NON-NLS-1$

	/** Prefix of the diagnostic source of contributed findings; the rule id follows. */
	public static final String SOURCE_PREFIX = "rule:"; //$NON-NLS-1$

	private ContributedRules() {
	}

	/** Runs every contributed rule on {@code workspace} and adds the findings to {@code diagnostics}. */
	public static void check(Workspace workspace, DiagnosticChain diagnostics) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null || workspace == null) {
			return;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			if (!"rule".equals(element.getName()) || id == null || id.isBlank()) { //$NON-NLS-1$
				continue;
			}
			int severity = "error".equals(element.getAttribute("severity")) ? Diagnostic.ERROR : Diagnostic.WARNING; //$NON-NLS-1$ //$NON-NLS-2$
			try {
				ContributedRule rule = (ContributedRule) element.createExecutableExtension("class"); //$NON-NLS-1$
				rule.check(workspace, (object, message) -> diagnostics.add(new BasicDiagnostic(severity,
						SOURCE_PREFIX + id.strip(), 0, message, new Object[] { object })));
			} catch (CoreException | RuntimeException | LinkageError e) {
				ILog.of(ContributedRules.class).log(Status.error(
						NLS.bind(Messages.ContributedRules_failed, id, element.getContributor().getName()), e));
			}
		}
	}

	/** The ids of the installed contributed rules, in contribution order. */
	public static List<String> ids() {
		List<String> ids = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
				if (element.getAttribute("id") != null) { //$NON-NLS-1$
					ids.add(element.getAttribute("id").strip()); //$NON-NLS-1$
				}
			}
		}
		return ids;
	}

	/**
	 * The rule id of any finding of {@link ModelValidator#validateTree}: a built-in {@link Rule}'s id, a
	 * contributed rule's id, or {@code null} for EMF's structural checks.
	 */
	public static String ruleId(Diagnostic finding) {
		String source = finding.getSource();
		if (ModelValidator.SOURCE.equals(source)) {
			Rule rule = Rule.ofCode(finding.getCode());
			return rule == null ? null : rule.id();
		}
		return source != null && source.startsWith(SOURCE_PREFIX) ? source.substring(SOURCE_PREFIX.length()) : null;
	}
}
