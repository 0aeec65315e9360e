// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/** Writes every image of an HTML report (logo, charts) into the page as a data URI: one self-contained file. */
final class DataUriImageHandler extends HTMLImageHandler {

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onFileImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	private static String dataUri(IImage image) {
		byte[] data = image.getImageData();
		if (data == null) {
			return null;
		}
		String mime = image.getMimeType() == null ? "image/png" : image.getMimeType();
		return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(data);
	}
}
