// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManagerFactory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.model.Action;
import hn.siempleo.model.Workspace;
import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportFixture;
import hn.siempleo.reports.ReportFormat;
import hn.siempleo.reports.internal.FontCoverage.Decision;

/**
 * The plan as PDF is the same, glyph by glyph (character, position, font, size), whether the font check lets
 * BIRT skip substitution and bidi processing or not; and data with characters outside the PDF's base font keeps
 * substitution, so they are still drawn by a fallback font.
 */
class FontCoverageRenderTest {

	@TempDir
	Path folder;

	@Test
	void theShippedPlanIsTheSameGlyphByGlyphWithoutSubstitution() throws Exception {
		Workspace model = ReportFixture.shippedModel(folder).workspace();
		try (ReportData data = ReportFixture.reports().exportData(model, ReportFixture.AS_OF)) {
			// every slice the render gives BIRT is part of this file: what holds for it holds for them
			assertEquals(new Decision(false, false), FontCoverage.decide(FontCoverage.design(design("plan")),
					List.of(data.file()), Locale.getDefault(),
					FontMappingManagerFactory.getInstance().getFontMappingManager("pdf", Locale.getDefault())));
			Path checked = render(data, "plan-checked.pdf", true);
			Path defaults = render(data, "plan-defaults.pdf", false);
			assertEquals(glyphs(defaults), glyphs(checked));
			assertEquals(fonts(defaults), fonts(checked));
			assertTrue(ReportFixture.pdfText(checked).contains("Prioridad 1 ·"));
		}
	}

	@Test
	void charactersOutsideTheBaseFontAreStillDrawnByAFallbackFont() throws Exception {
		Workspace model = ReportFixture.shippedModel(folder).workspace();
		Action action = model.getPlans().get(0).getActions().get(0);
		action.setTitle("Capacitación 日本語 → meta");
		try (ReportData data = ReportFixture.reports().exportData(model, ReportFixture.AS_OF)) {
			Path checked = render(data, "plan-cjk-checked.pdf", true);
			Path defaults = render(data, "plan-cjk-defaults.pdf", false);
			assertEquals(glyphs(defaults), glyphs(checked));
			Set<String> fonts = fonts(checked);
			assertEquals(fonts(defaults), fonts);
			assertTrue(fonts.stream().anyMatch(font -> !font.startsWith("Helvetica")), "a fallback font: " + fonts);
			assertFalse(fonts.isEmpty());
		}
	}

	private static Path render(ReportData data, String name, boolean check) throws Exception {
		Path output = ReportFixture.outputFolder().resolve(name);
		String before = System.getProperty(DesignRenderer.FONT_CHECK);
		System.setProperty(DesignRenderer.FONT_CHECK, Boolean.toString(check));
		try {
			ReportFixture.reports().render("plan", data, ReportFormat.PDF, Map.of(), output, new NullProgressMonitor());
		} finally {
			if (before == null) {
				System.clearProperty(DesignRenderer.FONT_CHECK);
			} else {
				System.setProperty(DesignRenderer.FONT_CHECK, before);
			}
		}
		return output;
	}

	/** Every glyph drawn: its character, position (1/100 pt), font and size. */
	private static String glyphs(Path pdf) throws IOException {
		StringBuilder glyphs = new StringBuilder();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				for (TextPosition glyph : positions) {
					glyphs.append(glyph.getUnicode()).append('@').append(Math.round(glyph.getXDirAdj() * 100)).append(',')
							.append(Math.round(glyph.getYDirAdj() * 100)).append(' ').append(glyph.getFont().getName())
							.append(' ').append(glyph.getFontSizeInPt()).append('\n');
				}
			}
		};
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			stripper.getText(document);
		}
		assertTrue(glyphs.length() > 1000, pdf + " has text");
		return glyphs.toString();
	}

	/** The names of the fonts the glyphs are drawn with. */
	private static Set<String> fonts(Path pdf) throws IOException {
		Set<String> names = new TreeSet<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				for (TextPosition glyph : positions) {
					PDFont font = glyph.getFont();
					names.add(font.getName());
				}
			}
		};
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			stripper.getText(document);
		}
		return names;
	}

	private static String design(String id) throws IOException {
		try (InputStream in = FrameworkUtil.getBundle(FontCoverage.class).getEntry("designs/" + id + ".rptdesign").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
