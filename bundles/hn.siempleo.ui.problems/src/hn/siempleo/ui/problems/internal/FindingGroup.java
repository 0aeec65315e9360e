// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import java.util.List;

/**
 * A top-level node of the Problemas tree: the errors or the warnings.
 *
 * @param error whether it groups errors (else warnings)
 * @param findings the findings, in model order; never empty
 */
record FindingGroup(boolean error, List<Finding> findings) {
}
