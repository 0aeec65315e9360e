// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.spi;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Upgrades files written in an older format version. Register an implementation as an OSGi service: files
 * whose namespace is {@link #sourceNamespace()} are read into the current model, then {@link #migrate} runs.
 * Attributes and elements the current model no longer has are kept in the resource's
 * {@link org.eclipse.emf.ecore.xmi.XMLResource#getEObjectToExtensionMap() extension map} during the migration,
 * which must consume them (remove the entries it handled): the load fails on any that are left.
 */
public interface FormatMigration {

	/** The namespace URI of the older format, e.g. {@code http://siempleo.hn/model/0.9}. */
	String sourceNamespace();

	/** Adjusts a freshly loaded resource to the current format; called before anyone else sees it. */
	void migrate(Resource resource);
}
