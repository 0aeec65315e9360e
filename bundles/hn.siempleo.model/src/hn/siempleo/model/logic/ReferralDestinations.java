// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import hn.siempleo.model.Institution;
import hn.siempleo.model.Workspace;

/**
 * Every referral destination of a model: its institutions, then what plug-ins contribute. The *Red y
 * convenios* editor (issue #16) lists these when a referral is recorded; a plug-in that fails is logged and
 * left out.
 */
public final class ReferralDestinations {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "hn.siempleo.model.referralDestinations"; //$NON-NLS-1$

	/** Kind label of the core destinations. */
	public static final String INSTITUTION = "Institución"; //$NON-NLS-1$

	private ReferralDestinations() {
	}

	/** The institutions of {@code workspace} and the contributed destinations, in that order. */
	public static List<ReferralDestination> of(Workspace workspace) {
		List<ReferralDestination> result = new ArrayList<>();
		for (Institution institution : workspace.getInstitutions()) {
			result.add(new ReferralDestination(institution, institution.getCode(), institution.getName(), institution,
					INSTITUTION));
		}
		result.addAll(contributed(workspace));
		return result;
	}

	/** Only the destinations plug-ins contribute. */
	public static List<ReferralDestination> contributed(Workspace workspace) {
		List<ReferralDestination> result = new ArrayList<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return result;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				ReferralDestinationProvider provider = (ReferralDestinationProvider) element
						.createExecutableExtension("class"); //$NON-NLS-1$
				result.addAll(provider.destinations(workspace));
			} catch (CoreException | RuntimeException e) {
				ILog.of(ReferralDestinations.class).log(Status.error(element.getContributor().getName(), e));
			}
		}
		return result;
	}
}
