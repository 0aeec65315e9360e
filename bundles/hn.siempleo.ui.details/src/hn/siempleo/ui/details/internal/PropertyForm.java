// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.details.internal.editors.EditTarget;
import hn.siempleo.ui.details.internal.editors.FieldEditor;
import hn.siempleo.ui.details.internal.editors.FieldEditors;
import hn.siempleo.model.text.Labels;

/**
 * The form of one element: a header (kind and label), a line for findings that concern no single field,
 * and one row per property descriptor of the element's item provider, in the provider's order.
 */
final class PropertyForm {

	private final EObject element;
	private final AdapterFactoryEditingDomain domain;
	private final Composite body;
	private final Label kind;
	private final Label title;
	private final Label messages;
	private final String readOnly;
	private final Map<EStructuralFeature, FieldEditor> editors = new LinkedHashMap<>();

	/**
	 * @param readOnly why the user may not change the element (shown above the fields, which are then read-only
	 *            text with the reason as tooltip), or null when they may
	 */
	PropertyForm(Composite parent, EObject element, AdapterFactoryEditingDomain domain, String readOnly) {
		this.element = element;
		this.domain = domain;
		this.readOnly = readOnly;
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		kind = WidgetIds.tag(new Label(body, SWT.NONE), "details.header.kind");
		kind.setFont(JFaceResources.getBannerFont());
		kind.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		title = WidgetIds.tag(new Label(body, SWT.WRAP), "details.header.label");
		title.setLayoutData(wide());
		messages = WidgetIds.tag(new Label(body, SWT.WRAP), "details.messages");
		messages.setLayoutData(wide());
		if (readOnly != null) {
			Label lock = WidgetIds.tag(new Label(body, SWT.WRAP), "details.readOnly");
			lock.setText(readOnly);
			lock.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			lock.setLayoutData(wide());
		}
		createRows();
		refresh();
	}

	/** The element shown. */
	EObject element() {
		return element;
	}

	/** Why the element may not be changed, or null. */
	String readOnly() {
		return readOnly;
	}

	/** The form's top control. */
	Control control() {
		return body;
	}

	/** Shows the element's current values and validation findings again. */
	void refresh() {
		kind.setText(Labels.kind(element));
		IItemLabelProvider labels = (IItemLabelProvider) domain.getAdapterFactory().adapt(element,
				IItemLabelProvider.class);
		String label = labels == null ? null : labels.getText(element);
		// the line above names the kind
		title.setText(label == null ? Labels.describe(element) : Labels.withoutKind(element, label));
		editors.values().forEach(FieldEditor::refresh);
		List<String> general = ValidationFeedback.show(element, editors);
		messages.setText(String.join("\n", general));
		Layouts.shown(messages, !general.isEmpty());
		body.layout(true, true);
	}

	/** Puts the focus into the first field, else on the form. */
	void setFocus() {
		for (FieldEditor editor : editors.values()) {
			if (editor.control().setFocus()) {
				return;
			}
		}
		body.setFocus();
	}

	private void createRows() {
		IItemPropertySource source = (IItemPropertySource) domain.getAdapterFactory().adapt(element,
				IItemPropertySource.class);
		List<IItemPropertyDescriptor> descriptors = source == null ? List.of() : source.getPropertyDescriptors(element);
		for (IItemPropertyDescriptor descriptor : descriptors) {
			if (descriptor.getFeature(element) instanceof EStructuralFeature feature && !editors.containsKey(feature)) {
				EditTarget target = new EditTarget(domain, element, descriptor);
				Label name = WidgetIds.tag(new Label(body, SWT.NONE), "details." + feature.getName() + ".label");
				name.setText(target.displayName());
				FieldEditor editor = readOnly == null ? FieldEditors.create(target) : FieldEditors.readOnly(target);
				editor.createControls(body);
				if (readOnly != null) {
					editor.control().setToolTipText(readOnly);
				}
				boolean tall = (editor.control().getStyle() & SWT.MULTI) != 0;
				name.setLayoutData(new GridData(SWT.LEFT, tall ? SWT.TOP : SWT.CENTER, false, false));
				editor.control().getAccessible().addRelation(ACC.RELATION_LABELLED_BY, name.getAccessible());
				editors.put(feature, editor);
			}
		}
		if (editors.isEmpty()) {
			Label none = new Label(body, SWT.WRAP);
			none.setText(Messages.PropertyForm_noProperties);
			none.setLayoutData(wide());
		}
	}

	private static GridData wide() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 200;
		return data;
	}
}
