// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import org.eclipse.ui.IStartup;

import hn.siempleo.p2.GarbageMarker;
import hn.siempleo.p2.PluginManager;

/**
 * After a plug-in was removed, deletes its jars at the next start (they could not go while it ran). Does nothing,
 * and loads nothing of p2 (not even {@link PluginManager}, whose verification loads p2's classes and starts p2's
 * core), when no removal is pending.
 */
public final class CollectGarbageAtStart implements IStartup {

	@Override
	public void earlyStartup() {
		if (GarbageMarker.isSet()) {
			PluginManager.collectIfMarked();
		}
	}
}
