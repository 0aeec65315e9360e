// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.birt.chart.device.ImageWriterFactory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportFixture;
import hn.siempleo.reports.ReportFormat;

/** The plan's charts written as palette PNGs look exactly as written by BIRT's standard writer, pixel for pixel. */
class PaletteChartsRenderTest {

	@TempDir
	Path folder;

	@Test
	void thePlanIsTheSamePixelForPixel() throws Exception {
		try (ReportData data = ReportFixture.reports().exportData(ReportFixture.shippedModel(folder).workspace(),
				ReportFixture.AS_OF)) {
			Path palette = ReportFixture.outputFolder().resolve("plan-palette.pdf");
			ReportFixture.reports().render("plan", data, ReportFormat.PDF, Map.of(), palette, new NullProgressMonitor());
			Path standard = ReportFixture.outputFolder().resolve("plan-standard-png.pdf");
			ImageWriterFactory.initInstance(new ImageWriterFactory());
			try {
				ReportFixture.reports().render("plan", data, ReportFormat.PDF, Map.of(), standard, new NullProgressMonitor());
			} finally {
				ImageWriterFactory.initInstance(new PalettePngWriters());
			}
			try (PDDocument a = Loader.loadPDF(standard.toFile()); PDDocument b = Loader.loadPDF(palette.toFile())) {
				assertEquals(a.getNumberOfPages(), b.getNumberOfPages());
				for (int page = 0; page < a.getNumberOfPages(); page++) {
					BufferedImage expected = new PDFRenderer(a).renderImageWithDPI(page, 110);
					BufferedImage actual = new PDFRenderer(b).renderImageWithDPI(page, 110);
					int width = expected.getWidth();
					assertEquals(width, actual.getWidth());
					assertArrayEquals(expected.getRGB(0, 0, width, expected.getHeight(), null, 0, width),
							actual.getRGB(0, 0, width, actual.getHeight(), null, 0, width), "page " + (page + 1));
				}
			}
		}
	}
}
