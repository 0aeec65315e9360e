// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;

/**
 * The pages of a rendered PDF as SWT image data, drawn by PDFBox: the preview needs no browser and looks the
 * same on Linux and Windows. Not thread-safe: one page at a time (callers render in one job).
 */
final class PdfPages implements Closeable {

	private final PDDocument document;
	private final PDFRenderer renderer;

	PdfPages(Path pdf) throws IOException {
		document = Loader.loadPDF(pdf.toFile());
		renderer = new PDFRenderer(document);
	}

	int count() {
		return document.getNumberOfPages();
	}

	/** The width of page {@code index} (0-based) in inches. */
	float widthInches(int index) {
		return document.getPage(index).getMediaBox().getWidth() / 72f;
	}

	/** Page {@code index} (0-based) at {@code dpi} dots per inch, as 24-bit RGB. */
	ImageData render(int index, float dpi) throws IOException {
		BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
		return toImageData(image);
	}

	static ImageData toImageData(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}

	@Override
	public void close() throws IOException {
		document.close();
	}
}
