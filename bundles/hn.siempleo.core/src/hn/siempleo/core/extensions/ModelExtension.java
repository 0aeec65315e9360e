// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.extensions;

/**
 * An installed model extension: an EPackage an institution plug-in contributes through the extension point
 * {@code hn.siempleo.core.modelExtensions}, saved in the same {@code .siempleo} file as the core model.
 *
 * @param nsURI the namespace of the package, {@code http://siempleo.hn/ext/<bundle id>/<version>}
 * @param bundle the contributing bundle's symbolic name
 * @param name the plug-in's name shown to users (Spanish first)
 * @param institution the institution that maintains the plug-in (e.g. INFOP), or the empty string
 * @param feature the feature to install to get this extension (for messages), or the empty string
 */
public record ModelExtension(String nsURI, String bundle, String name, String institution, String feature) {
}
