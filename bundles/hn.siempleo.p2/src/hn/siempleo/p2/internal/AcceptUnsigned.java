// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.internal;

import java.security.cert.Certificate;

import org.eclipse.equinox.p2.core.UIServices;

/** Trust policy of the installer: the build's jars are not signed, so unsigned content is accepted. */
public final class AcceptUnsigned extends UIServices {

	@Override
	public AuthenticationInfo getUsernamePassword(String location) {
		return null;
	}

	@Override
	public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
		return null;
	}

	@Override
	public TrustInfo getTrustInfo(Certificate[][] untrustedChain, String[] unsignedDetail) {
		return new TrustInfo(new Certificate[0], false, true);
	}
}
