// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.internal;

import hn.siempleo.institution.infop.Modality;

/** Spanish labels of INFOP values. */
public final class Labels {

	private Labels() {
	}

	/** The label of a modality; the empty string for null. */
	public static String modality(Modality modality) {
		if (modality == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (modality) {
			case PRESENCIAL -> Messages.Modality_presencial;
			case VIRTUAL -> Messages.Modality_virtual;
			case MIXTA -> Messages.Modality_mixta;
		};
	}
}
