// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;

/**
 * A column that scrolls up and down rather than squeezing what it holds when its pane is shorter than it (a
 * 1366x768 laptop): as wide as the pane, as tall as its content needs at that width. Call {@link #fit()} after
 * the content changes its height (new texts, controls shown or hidden). UI thread only.
 */
public final class VerticalScroller {

	private final ScrolledComposite scrolled;
	private final Composite content;

	/** The scroller in {@code parent}, with an empty content to fill (it has no layout yet). */
	public VerticalScroller(Composite parent) {
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		content = new Composite(scrolled, SWT.NONE);
		scrolled.setContent(content);
		scrolled.addListener(SWT.Resize, e -> fit());
	}

	/** What scrolls: fill it. */
	public Composite content() {
		return content;
	}

	/** The scroller itself, for its parent's layout. */
	public ScrolledComposite control() {
		return scrolled;
	}

	/** Takes the content's height again, at the pane's width. */
	public void fit() {
		int width = scrolled.getClientArea().width;
		if (width > 0) {
			scrolled.setMinHeight(content.computeSize(width, SWT.DEFAULT).y);
		}
	}
}
