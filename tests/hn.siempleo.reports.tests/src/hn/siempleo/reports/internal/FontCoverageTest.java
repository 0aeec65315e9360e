// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManager;
import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.reports.internal.FontCoverage.Decision;

/**
 * When a PDF render may turn off BIRT's font substitution and bidirectional processing: only where every
 * character a text can hold is in the font each text takes anyway (see also {@code FontCoverageRenderTest},
 * which compares the PDFs).
 */
class FontCoverageTest {

	private static final Locale SPANISH = Locale.forLanguageTag("es-HN");
	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<siempleo-report version=\"1\">\n  <actions>\n";
	private static final String TAIL = "  </actions>\n</siempleo-report>\n";

	@TempDir
	Path folder;

	@Test
	void everyShippedDesignHoldsPlainTextInOneFamilyList() throws Exception {
		for (String id : List.of("plan", "budget", "calendar", "diagnostic", "coverage", "referrals", "results")) {
			FontCoverage.Design design = FontCoverage.design(design(id));
			assertTrue(design.plain(), id);
			assertFalse(design.rightToLeft(), id);
			assertEquals(java.util.Set.of(List.of("Liberation Sans", "Arial", "sans-serif")), design.families(), id);
			assertTrue(design.chars().get('ó') && design.chars().get('·'), id + ": the labels' characters");
			assertFalse(design.chars().get('\n'), id + ": indentation and the charts' models are not text");
		}
		assertFalse(FontCoverage.design(design("plan")).floating(), "the plan's values are texts and integers");
		assertFalse(FontCoverage.design(design("plan")).dated(), "the plan's dates are texts");
		assertTrue(FontCoverage.design(design("results")).floating(), "results has float columns");
	}

	@Test
	void thePlanOnItsSampleDataNeedsNeitherSubstitutionNorBidi() throws Exception {
		Path sample = folder.resolve("sample.xml");
		try (InputStream in = FrameworkUtil.getBundle(FontCoverage.class).getEntry("designs/sample-report-data.xml").openStream()) {
			Files.copy(in, sample);
		}
		for (Locale locale : List.of(SPANISH, Locale.ENGLISH, Locale.forLanguageTag("es"))) {
			assertEquals(new Decision(false, false), decide("plan", locale, sample), locale.toString());
		}
	}

	@Test
	void charactersOutsideTheFontKeepSubstitution() throws Exception {
		assertEquals(new Decision(false, false), decide("plan", SPANISH, data("Capacitación «básica» – año 2025")));
		// CJK, an emoji (a surrogate pair), an arrow: the PDF's base font has none of them
		for (String title : List.of("Capacitación 日本語", "Meta 🙂 cumplida", "SETRASS → INFOP")) {
			assertTrue(decide("plan", SPANISH, data(title)).substitution(), title);
		}
	}

	@Test
	void rightToLeftTextKeepsBidiProcessing() throws Exception {
		Decision arabic = decide("plan", SPANISH, data("تدريب مهني"));
		assertTrue(arabic.bidi());
		assertTrue(arabic.substitution());
		assertTrue(decide("plan", SPANISH, data("Hebrew \u200f mark")).bidi(), "a right-to-left mark");
		// a locale whose digits are Arabic-Indic
		assertTrue(decide("plan", Locale.forLanguageTag("ar-EG"), data("Capacitación")).bidi());
	}

	@Test
	void dataThatIsNotPlainAttributesKeepsTheDefaults() throws Exception {
		for (String body : List.of("    <action title=\"uno&#10;dos\"/>\n", // a character reference: a line break
				"    <action title=\"x\">texto</action>\n", // text content
				"    <!-- nota -->\n", "    <action title=\"x\"><![CDATA[texto]]></action>\n", "    <?pi x?>\n",
				"    <action title=\"a\u0001b\"/>\n")) {
			Path file = folder.resolve("other.xml");
			Files.writeString(file, HEAD + body + TAIL, StandardCharsets.UTF_8);
			assertEquals(Decision.DEFAULTS, decide("plan", SPANISH, file), body);
		}
		// what the writer writes: escapes of < & > " and raw line breaks in values (read as spaces)
		Path file = folder.resolve("plain.xml");
		Files.writeString(file, HEAD + "    <action title=\"a &lt; b &amp; c &gt; d &quot;e&quot;\" note=\"uno\ndos\"/>\n" + TAIL,
				StandardCharsets.UTF_8);
		assertEquals(new Decision(false, false), decide("plan", SPANISH, file));
	}

	@Test
	void attributeValuesAreReadAsUnicode() throws Exception {
		BitSet chars = new BitSet();
		assertTrue(FontCoverage.dataChars(stream(HEAD + "    <action title=\"ñ · 日 🙂\"/>\n" + TAIL), chars));
		assertTrue(chars.get('ñ') && chars.get('·') && chars.get('日'));
		assertTrue(chars.get(Character.highSurrogate(0x1F642)) && chars.get(Character.lowSurrogate(0x1F642)));
		assertFalse(chars.get('\n'), "line breaks between rows are not text");
	}

	@Test
	void aDesignThatCanMakeCharactersOfItsOwnKeepsTheDefaults() throws Exception {
		String plan = design("plan");
		String label = "<label id=\"117\"><text-property name=\"text\">Código</text-property></label>";
		assertTrue(plan.contains(label));
		for (String changed : List.of(
				plan.replace(label, "<label id=\"117\"><text-property name=\"text\" key=\"codigo\">Código</text-property></label>"),
				plan.replace(label, "<label id=\"117\"><text-property name=\"text\">Línea\nsiguiente</text-property></label>"),
				plan.replace("\"Modelo: \" + row[\"model\"]", "\"Modelo \\u2192 \" + row[\"model\"]"),
				plan.replace("\"Modelo: \" + row[\"model\"]", "String.fromCharCode(8594) + row[\"model\"]"),
				plan.replace("<property name=\"fontWeight\">bold</property>", "<property name=\"fontWeight\">600</property>"),
				plan.replace(label, label + "<text id=\"999\"><property name=\"contentType\">html</property>"
						+ "<text-property name=\"content\">&amp;rarr;</text-property></text>"),
				plan.replace("</body>", "</body><method name=\"onCreate\">this.text = 'x';</method>"))) {
			assertFalse(changed.equals(plan));
			FontCoverage.Design design = FontCoverage.design(changed);
			Path sample = data("Capacitación");
			assertEquals(Decision.DEFAULTS.substitution(),
					FontCoverage.decide(design, List.of(sample), SPANISH, fonts(SPANISH)).substitution(), changed.substring(0, 0));
		}
		// a date BIRT formats itself (month, day and time zone names of the locale)
		String dated = plan.replace("<property name=\"name\">startLabel</property><expression name=\"expression\" type=\"javascript\">dataSetRow[\"startLabel\"]</expression><property name=\"dataType\">string</property>",
				"<property name=\"name\">startLabel</property><expression name=\"expression\" type=\"javascript\">dataSetRow[\"startLabel\"]</expression><property name=\"dataType\">date-time</property>");
		assertFalse(dated.equals(plan));
		assertTrue(FontCoverage.design(dated).dated());
		assertEquals(Decision.DEFAULTS, FontCoverage.decide(FontCoverage.design(dated), List.of(data("x")), SPANISH, fonts(SPANISH)));
		String rtl = plan.replace("<property name=\"fontSize\">9pt</property>",
				"<property name=\"fontSize\">9pt</property><property name=\"direction\">rtl</property>");
		assertTrue(FontCoverage.design(rtl).rightToLeft());
		assertTrue(FontCoverage.decide(FontCoverage.design(rtl), List.of(data("x")), SPANISH, fonts(SPANISH)).bidi());
	}

	private Decision decide(String id, Locale locale, Path... data) throws Exception {
		return FontCoverage.decide(FontCoverage.design(design(id)), List.of(data), locale, fonts(locale));
	}

	private static FontMappingManager fonts(Locale locale) {
		return FontMappingManagerFactory.getInstance().getFontMappingManager("pdf", locale);
	}

	private Path data(String title) throws Exception {
		Path file = Files.createTempFile(folder, "data", ".xml");
		Files.writeString(file, HEAD + "    <action code=\"A-1\" title=\"" + title + "\"/>\n" + TAIL, StandardCharsets.UTF_8);
		return file;
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String design(String id) throws Exception {
		try (InputStream in = FrameworkUtil.getBundle(FontCoverage.class).getEntry("designs/" + id + ".rptdesign").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
