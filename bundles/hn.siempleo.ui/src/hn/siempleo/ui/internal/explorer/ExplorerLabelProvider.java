// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.model.provider.SiempleoEditPlugin;
import hn.siempleo.ui.emf.AdapterFactoryLabelProvider;

/** Item provider labels and icons, plus folder labels with counts. */
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
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof FeatureGroup || element instanceof ContributedFolder) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return super.getImage(element);
	}
}
