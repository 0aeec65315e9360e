// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.util.Locale;

/** The output formats every shipped design renders to. */
public enum ReportFormat {
	/** Portable Document Format, for printing and sending. */
	PDF("pdf"),
	/** A single HTML page with its images embedded. */
	HTML("html"),
	/** A Word document. */
	DOCX("docx");

	private final String id;

	ReportFormat(String id) {
		this.id = id;
	}

	/** The BIRT emitter format and the usual file extension, e.g. {@code "pdf"}. */
	public String id() {
		return id;
	}

	/**
	 * The format named {@code text}, ignoring case ({@code "PDF"}, {@code "docx"}).
	 *
	 * @return the format, or null when {@code text} names none
	 */
	public static ReportFormat of(String text) {
		if (text == null) {
			return null;
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		for (ReportFormat format : values()) {
			if (format.id.equals(wanted)) {
				return format;
			}
		}
		return null;
	}
}
