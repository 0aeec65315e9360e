// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.reports.ui.ReportsViewIds;
import hn.siempleo.ui.WidgetIds;

/**
 * Shows the pages of a preview PDF one at a time, with previous and next buttons. Pages are drawn by
 * {@link PdfPages} on the UI thread when asked for (a page takes some tens of milliseconds at screen
 * resolution). UI thread only; owns the open PDF and the page image.
 */
final class PreviewPane {

	private static final float MIN_DPI = 48;
	private static final float MAX_DPI = 144;

	private final Label pageLabel;
	private final Button previous;
	private final Button next;
	private final ScrolledComposite scroller;
	private final Label page;
	private PdfPages pages;
	private Image image;
	private int current;

	PreviewPane(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(3, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		previous = WidgetIds.tag(new Button(bar, SWT.PUSH), ReportsViewIds.PREVIOUS_PAGE);
		previous.setText(Messages.PreviewPane_previous);
		previous.addListener(SWT.Selection, e -> show(current - 1));
		next = WidgetIds.tag(new Button(bar, SWT.PUSH), ReportsViewIds.NEXT_PAGE);
		next.setText(Messages.PreviewPane_next);
		next.addListener(SWT.Selection, e -> show(current + 1));
		pageLabel = WidgetIds.tag(new Label(bar, SWT.NONE), ReportsViewIds.PAGE);
		pageLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		page = WidgetIds.tag(new Label(scroller, SWT.NONE), ReportsViewIds.PAGE_IMAGE);
		page.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		scroller.setContent(page);
		scroller.addListener(SWT.Dispose, e -> clear());
		clear();
	}

	/** Shows the first page of {@code pdf}; the previous preview is closed. */
	void open(Path pdf) throws IOException {
		clear();
		pages = new PdfPages(pdf);
		show(0);
	}

	private void show(int index) {
		if (pages == null || index < 0 || index >= pages.count()) {
			return;
		}
		try {
			ImageData data = pages.render(index, fitWidth(index));
			disposeImage();
			image = new Image(page.getDisplay(), data);
			page.setImage(image);
			page.setSize(data.width, data.height);
			scroller.setOrigin(0, 0);
			current = index;
			pageLabel.setText(NLS.bind(Messages.PreviewPane_page, index + 1, pages.count()));
		} catch (IOException e) {
			pageLabel.setText(NLS.bind(Messages.PreviewPane_pageFailed, index + 1, e.getMessage()));
		}
		updateButtons();
	}

	/** The resolution at which the page fills the width of the pane, within readable bounds. */
	private float fitWidth(int index) {
		int width = scroller.getClientArea().width - 4;
		float dpi = width / pages.widthInches(index);
		return Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
	}

	/** Closes the preview and shows nothing. */
	void clear() {
		if (pages != null) {
			try {
				pages.close();
			} catch (IOException e) {
				// the file is a temporary preview; nothing to save
			}
			pages = null;
		}
		disposeImage();
		// on disposal the widgets go one by one: touch only what is still there
		if (!page.isDisposed()) {
			page.setImage(null);
			page.setSize(0, 0);
		}
		if (!pageLabel.isDisposed()) {
			pageLabel.setText(Messages.PreviewPane_empty);
			updateButtons();
		}
	}

	private void updateButtons() {
		if (previous.isDisposed() || next.isDisposed()) {
			return;
		}
		previous.setEnabled(pages != null && current > 0);
		next.setEnabled(pages != null && current + 1 < pages.count());
		pageLabel.getParent().layout();
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
