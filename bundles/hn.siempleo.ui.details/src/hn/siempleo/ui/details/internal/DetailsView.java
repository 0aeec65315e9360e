// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal;

import java.util.Objects;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.annotation.PreDestroy;

/**
 * The Propiedades view: an editable form for the model element last selected in the window (or shown
 * through {@link ModelSession#showElement}). Selections holding no element of the open model leave the
 * form as it is, since activating a part without selection reports an empty one.
 */
public final class DetailsView {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "hn.siempleo.ui.details.view";

	private static final int MIN_WIDTH = 320;

	/** The context key of the active part's selection (e4's IServiceConstants.ACTIVE_SELECTION). */
	private static final String ACTIVE_SELECTION = "org.eclipse.ui.selection"; //$NON-NLS-1$

	private final ModelSessionListener sessionListener = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			requested = null;
			replaceContent(null);
		}

		@Override
		public void modelEdited(OpenModel model) {
			DetailsView.this.modelEdited();
		}

		@Override
		public void elementShown(EObject element) {
			show(element);
		}
	};

	private final ModelSession session;
	private final ModelService models;
	private ScrolledComposite scroller;
	private PropertyForm form;
	/** The element last asked for; kept while it is out of the model, so undoing its removal shows it again. */
	private EObject requested;

	/**
	 * @param session the workbench's model session
	 * @param models says which elements the user may not change (a shared plan's rights)
	 */
	@Inject
	public DetailsView(ModelSession session, ModelService models) {
		this.session = session;
		this.models = models;
	}

	/** Builds the view and starts following the model session; the selection arrives by injection. */
	@PostConstruct
	public void create(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setShowFocusedControl(true);
		scroller.addListener(SWT.Resize, e -> reflow());
		session.addListener(sessionListener);
		replaceContent(requested);
	}

	/**
	 * The workbench's selection, injected whenever it changes: an element of the open model is shown; anything
	 * else (this view's own empty selection, other objects) leaves the form as it is.
	 */
	@Inject
	public void selectionChanged(@Optional @Named(ACTIVE_SELECTION) Object selection) {
		EObject element = modelElement(selection);
		if (element == null) {
			return;
		}
		if (scroller == null) {
			requested = element;
		} else if (!scroller.isDisposed()) {
			show(element);
		}
	}

	/** Focuses the first field, or the view when it shows no element. */
	@Focus
	public void setFocus() {
		if (form != null) {
			form.setFocus();
		} else if (scroller != null && !scroller.isDisposed()) {
			scroller.setFocus();
		}
	}

	/** Stops listening to the selection and the model session. */
	@PreDestroy
	public void dispose() {
		session.removeListener(sessionListener);
		form = null;
	}

	private void show(EObject element) {
		requested = element;
		if (form != null && form.element() == element && inModel(element)) {
			refreshForm();
		} else {
			replaceContent(element);
		}
	}

	private void modelEdited() {
		if (form != null) {
			if (inModel(form.element())) {
				refreshForm();
			} else {
				replaceContent(null);
			}
		} else if (requested != null && inModel(requested)) {
			replaceContent(requested);
		}
	}

	private void refreshForm() {
		if (scroller.isDisposed()) {
			return;
		}
		if (!Objects.equals(form.readOnly(), models.whyReadOnly(session.current(), form.element()))) {
			replaceContent(form.element()); // the rights changed (e.g. the action moved to another office)
			return;
		}
		form.refresh();
		reflow();
	}

	/** Shows the form of {@code element}, or the empty state when it is null or not in the open model. */
	private void replaceContent(EObject element) {
		if (scroller == null || scroller.isDisposed()) {
			return;
		}
		Control old = scroller.getContent();
		form = null;
		if (element != null && inModel(element)) {
			form = new PropertyForm(scroller, element, session.current().editingDomain(),
					models.whyReadOnly(session.current(), element));
			scroller.setContent(form.control());
		} else {
			scroller.setContent(emptyState());
		}
		if (old != null) {
			old.dispose();
		}
		reflow();
	}

	private Control emptyState() {
		Composite empty = new Composite(scroller, SWT.NONE);
		empty.setLayout(new GridLayout());
		Label message = WidgetIds.tag(new Label(empty, SWT.WRAP), "details.empty");
		message.setText(Messages.DetailsView_empty);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 200;
		message.setLayoutData(data);
		return empty;
	}

	private void reflow() {
		Control content = scroller.getContent();
		if (content == null || content.isDisposed()) {
			return;
		}
		int width = Math.max(scroller.getClientArea().width, MIN_WIDTH);
		scroller.setMinSize(MIN_WIDTH, content.computeSize(width, SWT.DEFAULT).y);
		scroller.layout(true, true);
	}

	private boolean inModel(EObject element) {
		OpenModel model = session.current();
		Resource resource = element.eResource();
		return model != null && resource != null
				&& resource.getResourceSet() == model.editingDomain().getResourceSet();
	}

	/** The first element of a selection (structured, or a bare object) as an element of the open model, or null. */
	private EObject modelElement(Object selection) {
		Object first = selection;
		if (selection instanceof IStructuredSelection structured) {
			first = structured.isEmpty() ? null : structured.getFirstElement();
		}
		EObject element = first == null ? null : Adapters.adapt(first, EObject.class);
		return element != null && inModel(element) ? element : null;
	}

}
