// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import org.eclipse.ui.IStartup;

import hn.siempleo.p2.PluginManager;

/**
 * After a plug-in was removed, deletes its jars at the next start (they could not go while it ran). Does nothing,
 * and loads nothing of p2, when no removal is pending.
 */
public final class CollectGarbageAtStart implements IStartup {

	@Override
	public void earlyStartup() {
		PluginManager.collectIfMarked();
	}
}
