// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import hn.siempleo.model.SiempleoPackage;

/**
 * An XMI resource whose loading never leaves the document being read: namespaces are looked up only among
 * the packages already registered (no demand-loading through {@code xsi:schemaLocation} or a namespace URI),
 * a reference to another document or address ({@code href="http://…"}, {@code "other.siempleo#id"}) is an
 * error naming the element, the reference and the line, and a second element with an id already used is an
 * error naming the id and its line. Every file the product reads goes through this resource.
 *
 * <p>A file may hold data of a model extension whose plug-in is not installed. Such a namespace
 * ({@code http://siempleo.hn/ext/...}) is accepted only when the resource was made {@link #keepUnknownExtensions
 * lenient}: its elements are then read as generic XML ({@code AnyType}) into an empty package created in memory,
 * never fetched, and written back unchanged by a save with the same {@link #extendedMetaData()}.
 */
public class GuardedXmiResource extends XMIResourceImpl {

	private ExtendedMetaData lenientMetaData;
	private boolean readAhead;

	/** A resource for {@code location}; ids are the objects' UUIDs, looked up through a map. */
	public GuardedXmiResource(URI location) {
		super(location);
		setIntrinsicIDToEObjectMap(new HashMap<>());
		setEncoding("UTF-8"); //$NON-NLS-1$
	}

	/**
	 * Makes the next load keep the data of model extensions that are not installed, through
	 * {@code metaData} (pass the same to loads and saves as {@link XMLResource#OPTION_EXTENDED_META_DATA}).
	 */
	public void keepUnknownExtensions(ExtendedMetaData metaData) {
		this.lenientMetaData = metaData;
	}

	/**
	 * Makes the next loads read the document on a thread of their own while the calling thread builds the model
	 * ({@link ReadAheadParser}); the result, its errors and their lines are the same.
	 */
	public void readAhead(boolean on) {
		this.readAhead = on;
	}

	/** The extended metadata of a lenient resource, or null. */
	public ExtendedMetaData extendedMetaData() {
		return lenientMetaData;
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new Helper(this);
	}

	/**
	 * Dates ({@code yyyy-MM-dd}, as saved) are read without a formatter, and a date read before in the same file is
	 * the same object (a file repeats few dates many times: fewer objects for the collector to copy while a large
	 * file is read, and to keep afterwards); anything else as the factory reads it.
	 */
	static final class Helper extends XMIHelperImpl {

		/** The last date read in each slot, by day. */
		private final LocalDate[] dates = new LocalDate[1024];

		Helper(XMLResource resource) {
			super(resource);
		}

		@Override
		protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
			if (eDataType == SiempleoPackage.Literals.LOCAL_DATE) {
				LocalDate date = isoDate(value);
				if (date != null) {
					return shared(date);
				}
			}
			return super.createFromString(eFactory, eDataType, value);
		}

		private LocalDate shared(LocalDate date) {
			int slot = (int) date.toEpochDay() & (dates.length - 1);
			LocalDate known = dates[slot];
			if (date.equals(known)) {
				return known;
			}
			dates[slot] = date;
			return date;
		}

		/** The value of an attribute of {@code eDataType} read from its text, as {@link #setValue} reads it. */
		Object fromString(EFactory eFactory, EDataType eDataType, String value) {
			return createFromString(eFactory, eDataType, value);
		}
	}

	/** {@code yyyy-MM-dd} read digit by digit, or null for any other text (then parsed the usual way). */
	static LocalDate isoDate(String value) {
		if (value == null || value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 7);
		int day = digits(value, 8, 10);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
				SAXParser parser = super.makeParser();
				// the lexical events (comments, CDATA) are not passed on by the read-ahead parser
				boolean lexical = Boolean.TRUE.equals(options.get(XMLResource.OPTION_USE_LEXICAL_HANDLER));
				return readAhead && !lexical ? new ReadAheadParser(parser) : parser;
			}

			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new GuardedHandler(resource, helper, options, lenientMetaData != null);
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return createXMLLoad();
	}
}
