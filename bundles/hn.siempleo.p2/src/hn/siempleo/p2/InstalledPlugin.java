// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2;

/**
 * A plug-in feature installed into the running product.
 *
 * @param feature the feature id (without {@code .feature.group})
 * @param name the feature's name in the current language
 * @param version the installed version
 * @param institution the feature's provider: the institution that maintains it
 */
public record InstalledPlugin(String feature, String name, String version, String institution) {
}
