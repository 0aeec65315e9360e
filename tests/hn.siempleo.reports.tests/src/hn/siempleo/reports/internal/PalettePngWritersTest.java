// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;

/** Chart PNGs of at most 256 colours are written with a palette and read back with exactly the same pixels. */
class PalettePngWritersTest {

	@Test
	void aChartOfFewColoursReadsBackPixelForPixelFromAPalettePng() throws Exception {
		BufferedImage chart = chart(BufferedImage.TYPE_4BYTE_ABGR);
		byte[] png = write(chart);
		BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
		assertTrue(read.getColorModel() instanceof IndexColorModel, "a palette PNG");
		assertSamePixels(chart, read);
		assertTrue(png.length < standard(chart).length, "smaller than the RGBA PNG");
	}

	@Test
	void transparencyIsKeptPerPixel() throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_4BYTE_ABGR);
		for (int y = 0; y < 30; y++) {
			for (int x = 0; x < 40; x++) {
				// transparent pixels of different colours and half-transparent ones stay what they are
				image.setRGB(x, y, (x * 6) << 24 | (y % 3) * 0x400000 | x);
			}
		}
		assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(write(image))));
		BufferedImage argb = chart(BufferedImage.TYPE_INT_ARGB);
		assertSamePixels(argb, ImageIO.read(new ByteArrayInputStream(write(argb))));
	}

	@Test
	void anImageOfMoreThan256ColoursIsWrittenAsBefore() throws Exception {
		BufferedImage gradient = new BufferedImage(300, 2, BufferedImage.TYPE_4BYTE_ABGR);
		for (int x = 0; x < 300; x++) {
			gradient.setRGB(x, 0, 0xFF000000 | x * 50);
			gradient.setRGB(x, 1, 0xFF000000 | x * 50);
		}
		assertNull(PalettePngWriters.indexed(gradient));
		byte[] png = write(gradient);
		assertArrayEquals(standard(gradient), png, "the standard writer's bytes");
		assertSamePixels(gradient, ImageIO.read(new ByteArrayInputStream(png)));
	}

	@Test
	void otherFormatsAreTheStandardWriters() {
		ImageWriter jpeg = new PalettePngWriters().createImageWriter("jpeg", null);
		assertEquals(ImageIO.getImageWritersByFormatName("jpeg").next().getClass(), jpeg.getClass());
		jpeg.dispose();
	}

	/** Bars, an axis, anti-aliased labels on a transparent background: what a BIRT bar chart draws. */
	private static BufferedImage chart(int type) {
		BufferedImage image = new BufferedImage(653, 211, type);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color[] colours = { new Color(0x005493), new Color(0xF5C6CB), new Color(0xFFE8A1), new Color(0xC3E6CB) };
		for (int i = 0; i < 16; i++) {
			g.setColor(colours[i % colours.length]);
			g.fillRect(40 + i * 36, 190 - i * 10, 24, i * 10);
		}
		g.setColor(Color.DARK_GRAY);
		g.setStroke(new BasicStroke(1.5f));
		g.drawLine(30, 5, 30, 190);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
		for (int i = 0; i < 16; i++) {
			g.drawString("Eje " + (i + 1), 40 + i * 36, 205);
		}
		g.dispose();
		return image;
	}

	private static byte[] write(BufferedImage image) throws Exception {
		return write(new PalettePngWriters().createImageWriter("png", null), image);
	}

	private static byte[] standard(BufferedImage image) throws Exception {
		return write(ImageIO.getImageWritersByFormatName("png").next(), image);
	}

	/** As BIRT's chart device writes an image: default parameters, no metadata. */
	private static byte[] write(ImageWriter writer, BufferedImage image) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
		} finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
		assertEquals(expected.getWidth(), actual.getWidth());
		assertEquals(expected.getHeight(), actual.getHeight());
		int width = expected.getWidth();
		int height = expected.getHeight();
		assertArrayEquals(expected.getRGB(0, 0, width, height, null, 0, width), actual.getRGB(0, 0, width, height, null, 0, width));
	}
}
