// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Institution plug-ins of an installation: what is installed, what a repository offers, install and remove.
 * {@link PluginManager} is the implementation over the running product's p2 profile; the Complementos dialog
 * works on this interface. Methods other than {@link #installed()} may take seconds: not on the UI thread.
 */
public interface Plugins {

	/** The installed plug-ins, by name. */
	List<InstalledPlugin> installed();

	/** The plug-in features a repository folder or zip offers that are not installed; empty when it is none. */
	List<InstalledPlugin> available(Path repository, IProgressMonitor monitor);

	/** The licence text of a feature of the repository, if it has one. */
	Optional<String> license(Path repository, String feature, IProgressMonitor monitor);

	/** Installs a feature from the repository; effective after a restart. */
	PluginResult install(Path repository, String feature, IProgressMonitor monitor);

	/** Removes an installed plug-in; effective after a restart. */
	PluginResult uninstall(String feature, IProgressMonitor monitor);
}
