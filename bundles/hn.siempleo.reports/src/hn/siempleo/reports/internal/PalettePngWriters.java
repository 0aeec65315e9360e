// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.RenderedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;

import org.eclipse.birt.chart.device.IImageWriterFactory;
import org.eclipse.birt.chart.device.ImageWriterFactory;

/**
 * The image writers of BIRT's chart engine, with PNG charts written with a palette where they have at most 256
 * colours: the same pixels, exactly (each colour, transparency included, is one entry of the palette), so a
 * chart looks the same, but a quarter of the data to compress and, above all, to decode again. A PDF render
 * decodes each chart PNG twice (the layout for its size, the PDF writer for its pixels); a decoded RGBA PNG
 * gives its pixels through Java2D's slowest path, a palette one through a table. A chart with more colours (a
 * gradient, a photograph) is written as before. Installed with the report engine ({@link ReportEngineHolder}).
 */
final class PalettePngWriters implements IImageWriterFactory {

	private final ImageWriterFactory standard = new ImageWriterFactory();

	@Override
	public ImageWriter createByFormatName(String formatName) {
		ImageWriter writer = standard.createByFormatName(formatName);
		return writer != null && "png".equalsIgnoreCase(formatName) ? new PaletteWriter(writer) : writer; //$NON-NLS-1$
	}

	@Override
	public ImageWriter createImageWriter(String formatName, String outputFormat) {
		return createByFormatName(formatName);
	}

	/**
	 * The same pixels with a palette (8-bit indexes into the image's own colours, alpha included), or null when
	 * the image has more than 256 colours.
	 */
	static BufferedImage indexed(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] argb = argb(image);
		if (argb.length == 0) {
			return null;
		}
		int[] palette = new int[256];
		int colours = 0;
		// open addressing: a colour (as a long, so that 0 is free) and its index
		long[] keys = new long[1024];
		byte[] indexes = new byte[1024];
		byte[] pixels = new byte[width * height];
		int last = 0;
		byte lastIndex = 0;
		boolean any = false;
		for (int i = 0; i < argb.length; i++) {
			int colour = argb[i];
			if (!any || colour != last) {
				long key = (colour & 0xFFFFFFFFL) | 1L << 32;
				int slot = (colour * 0x9E3779B1 >>> 22) & 1023;
				while (keys[slot] != 0 && keys[slot] != key) {
					slot = (slot + 1) & 1023;
				}
				if (keys[slot] == 0) {
					if (colours == 256) {
						return null;
					}
					keys[slot] = key;
					indexes[slot] = (byte) colours;
					palette[colours++] = colour;
				}
				last = colour;
				lastIndex = indexes[slot];
				any = true;
			}
			pixels[i] = lastIndex;
		}
		IndexColorModel model = new IndexColorModel(8, colours, Arrays.copyOf(palette, colours), 0, true, -1,
				DataBuffer.TYPE_BYTE);
		WritableRaster raster = model.createCompatibleWritableRaster(width, height);
		raster.setDataElements(0, 0, width, height, pixels);
		return new BufferedImage(model, raster, false, null);
	}

	/** Non-premultiplied ARGB of every pixel, read straight from the bytes of the chart engine's ABGR images. */
	private static int[] argb(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		if (image.getType() == BufferedImage.TYPE_4BYTE_ABGR && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
				&& buffer.getNumBanks() == 1 && image.getRaster().getParent() == null
				&& image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
			byte[] abgr = buffer.getData();
			if (abgr.length == width * height * 4) {
				int[] argb = new int[width * height];
				for (int i = 0, j = 0; i < argb.length; i++, j += 4) {
					argb[i] = (abgr[j] & 0xFF) << 24 | (abgr[j + 3] & 0xFF) << 16 | (abgr[j + 2] & 0xFF) << 8 | abgr[j + 1] & 0xFF;
				}
				return argb;
			}
		}
		return image.getRGB(0, 0, width, height, null, 0, width);
	}

	/** A PNG writer that writes an image of at most 256 colours with a palette; anything else as given. */
	private static final class PaletteWriter extends ImageWriter {

		private final ImageWriter png;

		PaletteWriter(ImageWriter png) {
			super(png.getOriginatingProvider());
			this.png = png;
		}

		@Override
		public void setOutput(Object output) {
			super.setOutput(output);
			png.setOutput(output);
		}

		@Override
		public ImageWriteParam getDefaultWriteParam() {
			return png.getDefaultWriteParam();
		}

		@Override
		public IIOMetadata getDefaultStreamMetadata(ImageWriteParam param) {
			return png.getDefaultStreamMetadata(param);
		}

		@Override
		public IIOMetadata getDefaultImageMetadata(ImageTypeSpecifier imageType, ImageWriteParam param) {
			return png.getDefaultImageMetadata(imageType, param);
		}

		@Override
		public IIOMetadata convertStreamMetadata(IIOMetadata inData, ImageWriteParam param) {
			return png.convertStreamMetadata(inData, param);
		}

		@Override
		public IIOMetadata convertImageMetadata(IIOMetadata inData, ImageTypeSpecifier imageType, ImageWriteParam param) {
			return png.convertImageMetadata(inData, imageType, param);
		}

		@Override
		public void write(IIOMetadata streamMetadata, IIOImage image, ImageWriteParam param) throws IOException {
			RenderedImage rendered = image.getRenderedImage();
			// 8 bits a sample, alpha not premultiplied: the chart engine's images; each pixel's ARGB is exact
			if (image.getMetadata() == null && !image.hasRaster() && rendered instanceof BufferedImage buffered
					&& (buffered.getType() == BufferedImage.TYPE_4BYTE_ABGR || buffered.getType() == BufferedImage.TYPE_INT_ARGB)) {
				BufferedImage indexed = indexed(buffered);
				if (indexed != null) {
					png.write(streamMetadata, new IIOImage(indexed, image.getThumbnails(), null), param);
					return;
				}
			}
			png.write(streamMetadata, image, param);
		}

		@Override
		public void dispose() {
			png.dispose();
			super.dispose();
		}
	}
}
