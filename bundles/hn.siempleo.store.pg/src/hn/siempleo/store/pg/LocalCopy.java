// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.spi.HistoryCommandStack;

/**
 * "Guardar copia local…": a {@code .siempleo} snapshot of an open model, written by the file store (atomically),
 * while the model itself stays where it is (a shared plan stays on its server).
 */
public final class LocalCopy {

	private LocalCopy() {
	}

	/**
	 * Writes a copy of every root of {@code model} to {@code file}.
	 *
	 * @throws ModelStoreException with the file store's Spanish message when nothing was written
	 */
	public static void save(ModelService models, OpenModel model, URI file, IProgressMonitor monitor) throws ModelStoreException {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new HistoryCommandStack());
		Resource copy = new XMIResourceImpl(file);
		domain.getResourceSet().getResources().add(copy);
		copy.getContents().addAll(EcoreUtil.copyAll(model.resource().getContents()));
		models.saveAs(new OpenModel(domain, copy, file), file, monitor);
	}
}
