// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import org.eclipse.swt.widgets.Label;

/** Reads a label. */
public final class LabelDriver {

	private final UiKit kit;
	private final Label label;

	LabelDriver(UiKit kit, Label label) {
		this.kit = kit;
		this.label = label;
	}

	/** The label's text as shown (mnemonics removed). */
	public String text() {
		return kit.call(() -> Finder.clean(label.getText()));
	}
}
