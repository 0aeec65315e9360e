// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.birt.report.engine.layout.pdf.font.FontHandler;
import org.eclipse.birt.report.engine.layout.pdf.font.FontInfo;
import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManager;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;

/**
 * Whether a PDF render may turn off BIRT's font substitution and bidirectional processing without changing
 * what the PDF shows.
 * <p>
 * With substitution on (BIRT's default), the PDF layout chooses a font for every character of every text: the
 * first font of the style's families that has the character (a font name looked up, lower-cased, and the font
 * asked, per character: a tenth of a large plan's render). With it off, each text takes the first font of its
 * families that exists, for all its characters. The two give the same PDF when, for every family list and style
 * of the design, that first font has every character any text can hold, is not a composite font, needs no
 * simulated bold or italic, and no text holds a line break (substitution splits text at line breaks). The texts
 * are not known before the render, so the check is on a superset of their characters: every character of the
 * data files the design reads (attribute values; raw line breaks there are read as spaces), every character
 * the design itself holds outside its charts' models, printable ASCII, and what the locale's number formats
 * write (digits, separators, signs). A design that can make characters of its own (a script, an escape in an
 * expression, HTML text, a localized resource, a weight that BIRT simulates, dates or times that BIRT formats
 * with the locale's names) keeps substitution on.
 * <p>
 * Bidirectional processing splits each text into runs of one direction and orders them on each line: for text
 * of left-to-right and neutral characters only, in a design with no right-to-left direction, that is one run
 * in its own order, so it may be turned off when no character of the superset is right-to-left or a direction
 * control.
 */
final class FontCoverage {

	/** What the PDF layout may skip for one render. */
	record Decision(boolean substitution, boolean bidi) {
		/** Both on: BIRT's defaults. */
		static final Decision DEFAULTS = new Decision(true, true);
	}

	/** What a design contributes to the decision; read once per design. */
	record Design(BitSet chars, Set<List<String>> families, boolean plain, boolean rightToLeft, boolean floating,
			boolean dated) {
	}

	/** BIRT's font families when a design names none (its CSS default, and the generic family of its context). */
	private static final List<List<String>> DEFAULT_FAMILIES = List.of(List.of("Arial", "Helvetica", "sans-serif"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List.of("serif")); //$NON-NLS-1$
	private static final int[] STYLES = { Font.NORMAL, Font.BOLD, Font.ITALIC, Font.BOLDITALIC };
	/** Expression text that can make characters the design does not hold. */
	private static final String[] GENERATING = { "\\", "`", "fromCharCode", "fromCodePoint", "toLocale", "unescape", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"decodeURI", "Packages", "java.", "importPackage", "importClass" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private FontCoverage() {
	}

	/** Reads a design's text, families and anything that keeps substitution on. */
	static Design design(String designXml) {
		DesignReader reader = new DesignReader();
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.newSAXParser().parse(new InputSource(new StringReader(designXml)), reader);
		} catch (ParserConfigurationException | SAXException | IOException e) {
			return new Design(new BitSet(), Set.of(), false, true, true, true);
		}
		for (String generating : GENERATING) {
			if (designXml.contains(generating)) {
				reader.plain = false;
			}
		}
		return new Design(reader.chars, Set.copyOf(reader.families), reader.plain, reader.rightToLeft, reader.floating,
				reader.dated);
	}

	/**
	 * What a render of {@code design} on {@code dataFiles} in {@code locale} may turn off, the fonts chosen by
	 * {@code fonts} (BIRT's PDF font mapping for the locale).
	 */
	static Decision decide(Design design, Collection<Path> dataFiles, Locale locale, FontMappingManager fonts) {
		if (!design.plain() || design.dated()) {
			// dates and times are formatted by BIRT in the locale: month and day names, day periods, and time zone
			// names that no list here could hold for sure
			return Decision.DEFAULTS;
		}
		BitSet chars = (BitSet) design.chars().clone();
		chars.set(0x20, 0x7F);
		localeChars(locale, design.floating(), chars);
		try {
			for (Path file : dataFiles) {
				if (!dataChars(file, chars)) {
					return Decision.DEFAULTS;
				}
			}
		} catch (IOException e) {
			return Decision.DEFAULTS;
		}
		boolean substitution = chars.get('\n') || chars.get('\r') || !covered(design, chars, fonts);
		boolean bidi = design.rightToLeft() || hasRightToLeft(chars);
		return new Decision(substitution, bidi);
	}

	/**
	 * Whether BIRT's own font selection with substitution picks, for every character and every family list and
	 * style of the design, the font it takes without substitution, has the character, and simulates no style.
	 */
	private static boolean covered(Design design, BitSet chars, FontMappingManager fonts) {
		Set<List<String>> families = new LinkedHashSet<>(design.families());
		families.addAll(DEFAULT_FAMILIES);
		for (List<String> list : families) {
			String[] names = list.toArray(String[]::new);
			for (int style : STYLES) {
				BaseFont without = new FontHandler(fonts, names, style, false).getFontInfo().getBaseFont();
				FontHandler with = new FontHandler(fonts, names, style, true);
				for (int c = chars.nextSetBit(0); c >= 0 && c <= Character.MAX_VALUE; c = chars.nextSetBit(c + 1)) {
					if (!with.selectFont((char) c)) {
						return false;
					}
					FontInfo chosen = with.getFontInfo();
					if (chosen.getBaseFont() != without || chosen.getSimulation()) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/**
	 * Digits, separators and symbols of the locale's numbers; the signs of infinity and not-a-number only where
	 * the design has floating-point values (an integer, a decimal or a text is never infinite).
	 */
	private static void localeChars(Locale locale, boolean floating, BitSet chars) {
		ULocale ulocale = ULocale.forLocale(locale);
		DecimalFormatSymbols numbers = DecimalFormatSymbols.getInstance(ulocale);
		StringBuilder text = new StringBuilder();
		for (String digit : numbers.getDigitStrings()) {
			text.append(digit);
		}
		text.append(numbers.getGroupingSeparatorString()).append(numbers.getDecimalSeparatorString())
				.append(numbers.getMonetaryGroupingSeparatorString()).append(numbers.getMonetaryDecimalSeparatorString())
				.append(numbers.getMinusSignString()).append(numbers.getPlusSignString()).append(numbers.getPercentString())
				.append(numbers.getPerMillString()).append(numbers.getExponentSeparator())
				.append(numbers.getCurrencySymbol()).append(numbers.getInternationalCurrencySymbol())
				.append(numbers.getPadEscape());
		if (floating) {
			text.append(numbers.getInfinity()).append(numbers.getNaN());
		}
		text.chars().forEach(chars::set);
	}

	/**
	 * Adds the characters of a report-data file's attribute values; false when the file holds anything else a
	 * design could read as text (text content, character references, comments, processing instructions).
	 */
	static boolean dataChars(Path file, BitSet chars) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return dataChars(in, chars);
		}
	}

	/** See {@link #dataChars(Path, BitSet)}. */
	static boolean dataChars(InputStream in, BitSet chars) throws IOException {
		byte[] buffer = new byte[1 << 16];
		boolean inTag = false;
		byte quote = 0;
		boolean declaration = true; // the file may open with its XML declaration
		int previous = 0;
		int pending = 0; // bytes still expected of a UTF-8 sequence
		int code = 0;
		int read;
		while ((read = in.read(buffer)) > 0) {
			for (int i = 0; i < read; i++) {
				int b = buffer[i] & 0xFF;
				if (pending > 0) {
					if ((b & 0xC0) != 0x80) {
						return false;
					}
					code = (code << 6) | (b & 0x3F);
					if (--pending == 0) {
						if (!inTag) {
							return false; // text content
						}
						if (code >= 0x10000) {
							chars.set(Character.highSurrogate(code));
							chars.set(Character.lowSurrogate(code));
						} else {
							chars.set(code);
						}
					}
					continue;
				}
				if (b >= 0x80) {
					if (b >= 0xF0) {
						pending = 3;
						code = b & 0x07;
					} else if (b >= 0xE0) {
						pending = 2;
						code = b & 0x0F;
					} else if (b >= 0xC0) {
						pending = 1;
						code = b & 0x1F;
					} else {
						return false;
					}
					continue;
				}
				if (b == '&') {
					// an entity in a value stands for one of < > & " ': a character reference (never written) for any
					if (!inTag || quote == 0 || i + 1 >= read || buffer[i + 1] == '#') {
						return false;
					}
				} else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
					return false; // a control character
				}
				if (inTag) {
					if (quote != 0) {
						if (b == quote) {
							quote = 0;
						}
					} else if (b == '"' || b == '\'') {
						quote = (byte) b;
					} else if (b == '>') {
						inTag = false;
					} else if (previous == '<' && (b == '!' || b == '?' && !declaration)) {
						return false; // a comment, CDATA section or processing instruction
					}
				} else if (b == '<') {
					inTag = true;
				} else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
					return false; // text content
				}
				if (b == '>') {
					declaration = false;
				}
				previous = b;
			}
		}
		return pending == 0 && !inTag;
	}

	private static boolean hasRightToLeft(BitSet chars) {
		for (int c = chars.nextSetBit(0x80); c >= 0; c = chars.nextSetBit(c + 1)) {
			switch (UCharacter.getDirection(c)) {
			case UCharacterDirection.RIGHT_TO_LEFT, UCharacterDirection.RIGHT_TO_LEFT_ARABIC,
					UCharacterDirection.ARABIC_NUMBER, UCharacterDirection.RIGHT_TO_LEFT_EMBEDDING,
					UCharacterDirection.RIGHT_TO_LEFT_OVERRIDE, UCharacterDirection.LEFT_TO_RIGHT_EMBEDDING,
					UCharacterDirection.LEFT_TO_RIGHT_OVERRIDE, UCharacterDirection.POP_DIRECTIONAL_FORMAT,
					UCharacterDirection.RIGHT_TO_LEFT_ISOLATE, UCharacterDirection.LEFT_TO_RIGHT_ISOLATE,
					UCharacterDirection.FIRST_STRONG_ISOLATE, UCharacterDirection.POP_DIRECTIONAL_ISOLATE:
				return true;
			default:
				break;
			}
			if (Character.isSurrogate((char) c)) {
				return true; // supplementary characters: right-to-left scripts live there too
			}
		}
		return false;
	}

	/** Collects a design's characters (charts' models aside), font families, and what keeps substitution on. */
	private static final class DesignReader extends DefaultHandler {

		final BitSet chars = new BitSet();
		final List<List<String>> families = new ArrayList<>();
		boolean plain = true;
		boolean rightToLeft;
		/** A value may be a floating-point number: a float or untyped column or binding. */
		boolean floating;
		/** A value may be a date or time: a column or binding of such a type, or an untyped one. */
		boolean dated;
		private final Deque<StringBuilder> texts = new ArrayDeque<>();
		private final Deque<Boolean> hasChildren = new ArrayDeque<>();
		private final Deque<String> names = new ArrayDeque<>();
		private final Deque<String> elements = new ArrayDeque<>();
		/** For each open column structure (of bindings or computed columns): whether it has a data type yet. */
		private final Deque<boolean[]> columns = new ArrayDeque<>();
		/** The frame of a structure that is not a column. */
		private static final boolean[] NOT_A_COLUMN = { true };
		private int chartModel;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!hasChildren.isEmpty()) {
				hasChildren.pop();
				hasChildren.push(Boolean.TRUE);
			}
			String name = attributes.getValue("name"); //$NON-NLS-1$
			switch (qName) {
			// scripts, text items (HTML, value-of), libraries and resources
			case "method", "text", "text-data", "include-resource", "script-lib" -> plain = false; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			case "xml-property" -> chartModel++; //$NON-NLS-1$
			default -> {
				// looked at below
			}
			}
			if (attributes.getValue("key") != null || "resourceKey".equals(name) || "includeResource".equals(name) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					|| "contentType".equals(name) || "textID".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
				plain = false; // text from a resource file, or HTML
			}
			if (chartModel == 0) {
				for (int i = 0; i < attributes.getLength(); i++) {
					attributes.getValue(i).chars().forEach(chars::set);
				}
			}
			if ("structure".equals(qName) && "list-property".equals(elements.peek()) //$NON-NLS-1$ //$NON-NLS-2$
					&& List.of("boundDataColumns", "computedColumns").contains(names.peek())) { //$NON-NLS-1$ //$NON-NLS-2$
				columns.push(new boolean[1]);
			} else if ("structure".equals(qName)) { //$NON-NLS-1$
				columns.push(NOT_A_COLUMN);
			}
			texts.push(new StringBuilder());
			hasChildren.push(Boolean.FALSE);
			names.push(name == null ? "" : name); //$NON-NLS-1$
			elements.push(qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (!texts.isEmpty()) {
				texts.peek().append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			String text = texts.pop().toString();
			boolean parent = hasChildren.pop();
			String name = names.pop();
			elements.pop();
			if ("structure".equals(qName)) { //$NON-NLS-1$
				boolean[] typed = columns.pop();
				if (typed != NOT_A_COLUMN && !typed[0]) {
					// an untyped binding holds whatever its expression gives
					floating = true;
					dated = true;
				}
			}
			if ("dataType".equals(name) && !columns.isEmpty() && columns.peek() != NOT_A_COLUMN) { //$NON-NLS-1$
				columns.peek()[0] = true;
			}
			if ("dataType".equals(name)) { //$NON-NLS-1$
				String type = text.strip();
				boolean known = List.of("string", "integer", "decimal", "boolean").contains(type); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				boolean date = List.of("date", "time", "date-time").contains(type); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				floating |= !known && !date;
				dated |= !known;
			}
			if (chartModel == 0) {
				// the text between child elements is the file's indentation; a leaf's text is a value
				if (!parent || !text.isBlank()) {
					text.chars().forEach(chars::set);
				}
				switch (name) {
				case "fontFamily" -> families.add(families(text)); //$NON-NLS-1$
				case "fontWeight" -> plain &= List.of("normal", "bold", "400", "700").contains(text.strip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				case "direction", "bidiLayoutOrientation" -> rightToLeft |= text.strip().equalsIgnoreCase("rtl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				default -> {
					// any other property
				}
				}
			}
			if ("xml-property".equals(qName)) { //$NON-NLS-1$
				chartModel--;
			}
		}

		/** A CSS font-family list as BIRT's CSS engine reads it: names unquoted, generic families lower-cased. */
		private static List<String> families(String value) {
			List<String> list = new ArrayList<>();
			for (String part : value.split(",")) { //$NON-NLS-1$
				String family = part.strip();
				if (family.length() >= 2 && (family.startsWith("\"") && family.endsWith("\"") //$NON-NLS-1$ //$NON-NLS-2$
						|| family.startsWith("'") && family.endsWith("'"))) { //$NON-NLS-1$ //$NON-NLS-2$
					list.add(family.substring(1, family.length() - 1));
				} else {
					String generic = family.toLowerCase(Locale.ROOT);
					list.add(List.of("serif", "sans-serif", "monospace", "cursive", "fantasy").contains(generic) ? generic //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
							: family.replaceAll("\\s+", " ")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return List.copyOf(list);
		}
	}
}
