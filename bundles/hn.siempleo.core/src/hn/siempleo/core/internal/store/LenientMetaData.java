// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;

import hn.siempleo.core.extensions.ModelExtensions;

/**
 * Extended metadata for a file that holds data of a model extension that is not installed: the packages it
 * "demands" are empty packages made in memory (never loaded from anywhere), named after the plug-in so that a
 * save writes the same prefix back.
 */
final class LenientMetaData extends BasicExtendedMetaData {

	private final List<EPackage> demanded = new ArrayList<>();

	LenientMetaData(EPackage.Registry registry) {
		super(registry);
	}

	@Override
	public EPackage demandPackage(String namespace) {
		boolean known = demandRegistry.containsKey(namespace);
		EPackage ePackage = super.demandPackage(namespace);
		if (!known && ModelExtensions.isExtensionNamespace(namespace)) {
			String bundle = ModelExtensions.bundleOf(namespace);
			ePackage.setNsPrefix(bundle.substring(bundle.lastIndexOf('.') + 1));
			demanded.add(ePackage);
		}
		return ePackage;
	}

	/** The packages made for missing extensions, in the order met. */
	List<EPackage> demanded() {
		return demanded;
	}
}
