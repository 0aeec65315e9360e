// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.ui.ElementOpener;

/** Opens diagnostics (on their summary) and assessments (on their criterion) from the explorer. */
@Component(service = ElementOpener.class)
public final class DiagnosticOpener implements ElementOpener {

	private DiagnosticEditors editors;

	@Reference
	void setEditors(DiagnosticEditors editors) {
		this.editors = editors;
	}

	@Override
	public boolean canOpen(EObject element) {
		return element instanceof Diagnostic || element instanceof Assessment assessment
				&& assessment.eContainer() instanceof Diagnostic;
	}

	@Override
	public void open(EObject element) {
		if (element instanceof Diagnostic diagnostic) {
			editors.open(diagnostic, null, DiagnosticEditors.Page.SUMMARY);
		} else if (element instanceof Assessment assessment && assessment.eContainer() instanceof Diagnostic diagnostic) {
			editors.open(diagnostic, assessment, DiagnosticEditors.Page.CRITERIA);
		}
	}
}
