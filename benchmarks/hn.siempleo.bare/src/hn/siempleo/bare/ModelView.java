// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.bare;

import java.io.File;
import java.io.IOException;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The model file named by the first application argument, as a tree of its objects. */
public final class ModelView extends ViewPart {

	static final String ID = "hn.siempleo.bare.model";

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.VIRTUAL | SWT.BORDER);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((Resource) input).getContents().toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return ((EObject) element).eContents().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return ((EObject) element).eContainer();
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((EObject) element).eContents().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((EObject) element);
			}
		});
		Resource model = load();
		if (model != null) {
			viewer.setInput(model);
			viewer.expandToLevel(2);
			StartupTrace.modelShown(parent.getShell());
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private static Resource load() {
		for (String argument : Platform.getApplicationArgs()) {
			if (!argument.startsWith("-") && new File(argument).isFile()) {
				ResourceSetImpl resources = new ResourceSetImpl();
				resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
				Resource resource = resources.createResource(URI.createFileURI(new File(argument).getAbsolutePath()));
				try {
					resource.load(Map.of());
					return resource;
				} catch (IOException e) {
					Platform.getLog(ModelView.class).error("cannot load " + argument, e);
				}
			}
		}
		return null;
	}

	/** The class of an object and its name, code or title, whichever it has first. */
	static String label(EObject object) {
		for (String name : new String[] { "name", "code", "title" }) {
			if (object.eClass().getEStructuralFeature(name) instanceof EAttribute attribute && object.eGet(attribute) != null) {
				return object.eClass().getName() + " " + object.eGet(attribute);
			}
		}
		return object.eClass().getName();
	}
}
