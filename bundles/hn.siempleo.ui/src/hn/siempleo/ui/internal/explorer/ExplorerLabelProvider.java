// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.model.provider.SiempleoEditPlugin;
import hn.siempleo.model.text.Labels;
import hn.siempleo.ui.emf.AdapterFactoryLabelProvider;

/**
 * Item provider labels (without the kind of element, which the folder above names) and icons, plus folder labels
 * with counts.
 */
final class ExplorerLabelProvider extends AdapterFactoryLabelProvider {

	ExplorerLabelProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof FeatureGroup group) {
			String name = SiempleoEditPlugin.INSTANCE.getString("_UI_" + group.owner().eClass().getName() + "_" //$NON-NLS-1$ //$NON-NLS-2$
					+ group.feature().getName() + "_feature"); //$NON-NLS-1$
			return NLS.bind(Messages.ExplorerView_group, name, group.elements().size());
		}
		if (element instanceof ContributedFolder folder) {
			return NLS.bind(Messages.ExplorerView_group, folder.label(), folder.elements().size());
		}
		String text = super.getText(element);
		// the folder above already names the kind: "Oficina Central Tegucigalpa", not "Oficina Oficina Central…"
		return element instanceof EObject object ? Labels.withoutKind(object, text) : text;
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof FeatureGroup || element instanceof ContributedFolder) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return super.getImage(element);
	}
}
