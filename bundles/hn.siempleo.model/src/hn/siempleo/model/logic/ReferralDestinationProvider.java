// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.util.List;

import hn.siempleo.model.Workspace;

/**
 * Contributes referral destinations (extension point {@code hn.siempleo.model.referralDestinations}). Reads
 * the model only; called on the thread that reads it.
 */
public interface ReferralDestinationProvider {

	/** The destinations this plug-in offers in {@code workspace}, never null. */
	List<ReferralDestination> destinations(Workspace workspace);
}
