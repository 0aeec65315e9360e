// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.model.Identified;
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

	/** The extended metadata of a lenient resource, or null. */
	public ExtendedMetaData extendedMetaData() {
		return lenientMetaData;
	}

	/** Dates ({@code yyyy-MM-dd}, as saved) are read without a formatter; anything else as the factory reads it. */
	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			@Override
			protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
				if (eDataType == SiempleoPackage.Literals.LOCAL_DATE) {
					LocalDate date = isoDate(value);
					if (date != null) {
						return date;
					}
				}
				return super.createFromString(eFactory, eDataType, value);
			}
		};
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
			protected DefaultHandler makeDefaultHandler() {
				return new GuardedHandler(resource, helper, options, lenientMetaData != null);
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return createXMLLoad();
	}

	/** The SAX handler with the three guards. */
	private static final class GuardedHandler extends SAXXMIHandler {

		/** Ids seen so far, when the resource has no id map of its own (else that map is asked). */
		private final Map<String, EObject> seen;
		private final boolean ownMap;
		/** The objects with an id in the order read, and the line of each: only read to report a duplicate. */
		private final List<EObject> read = new ArrayList<>();
		private int[] lines = new int[1024];
		private EObject referenceOwner;
		private EReference reference;
		private final boolean lenient;

		GuardedHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, boolean lenient) {
			super(resource, helper, options);
			this.lenient = lenient;
			Map<String, EObject> idMap = resource instanceof XMIResourceImpl xmi ? xmi.getIntrinsicIDToEObjectMap() : null;
			this.ownMap = idMap == null;
			this.seen = ownMap ? new HashMap<>() : idMap;
		}

		@Override
		protected EPackage getPackageForURI(String uriString) {
			// only what is registered: never demand-load a package from a schema location or its namespace URI
			EPackage known = packageRegistry.getEPackage(uriString);
			if (known == null && lenient && extendedMetaData != null && ModelExtensions.isExtensionNamespace(uriString)) {
				// a model extension that is not installed: an empty package made in memory by the extended metadata
				// (LenientMetaData.demandPackage), whose classes keep the elements as generic XML (AnyType)
				return extendedMetaData.demandPackage(uriString);
			}
			if (known == null) {
				error(new PackageNotFoundException(uriString, getLocation(), getLineNumber(), getColumnNumber()));
			}
			return known;
		}

		/**
		 * A second element with an id already read is an error naming both lines. The earlier objects are in the
		 * resource's id map already (an object is attached, and its id mapped, right after its attributes are
		 * read), so the check is one lookup; the line of the first is looked up only for the error. An element
		 * without an id gets a new UUID (objects are created without one while a file is read).
		 */
		@Override
		protected void handleObjectAttribs(EObject object) {
			super.handleObjectAttribs(object);
			String id = EcoreUtil.getID(object);
			if (id == null && object instanceof Identified identified) {
				id = UUID.randomUUID().toString();
				identified.setId(id);
			}
			if (id == null) {
				return;
			}
			EObject first = seen.get(id);
			if (first != null && first != object) {
				int index = read.indexOf(first);
				error(new DuplicateIdException(id, index < 0 ? getLineNumber() : lines[index], getLocation(), getLineNumber(),
						getColumnNumber()));
			}
			if (ownMap) {
				seen.putIfAbsent(id, object);
			}
			if (read.size() == lines.length) {
				lines = Arrays.copyOf(lines, lines.length * 2);
			}
			lines[read.size()] = getLineNumber();
			read.add(object);
		}

		@Override
		protected void setValueFromId(EObject object, EReference eReference, String ids) {
			referenceOwner = object;
			reference = eReference;
			try {
				super.setValueFromId(object, eReference, ids);
			} finally {
				referenceOwner = null;
				reference = null;
			}
		}

		@Override
		protected void handleProxy(InternalEObject proxy, String uriLiteral) {
			if (uriLiteral.startsWith("#")) { //$NON-NLS-1$
				super.handleProxy(proxy, uriLiteral);
				return;
			}
			EObject owner = referenceOwner != null ? referenceOwner : nearestOwner(proxy);
			String feature = reference != null ? reference.getName() : elements.isEmpty() ? "?" : elements.peek(); //$NON-NLS-1$
			error(new ForeignReferenceException(uriLiteral, owner, feature, getLocation(), getLineNumber(),
					getColumnNumber()));
			// the proxy keeps a URI that resolves nowhere: nothing is ever fetched
			proxy.eSetProxyURI(URI.createURI("siempleo-refused:" + proxy.hashCode())); //$NON-NLS-1$
		}

		private EObject nearestOwner(EObject proxy) {
			for (int i = objects.size() - 1; i >= 0; i--) {
				EObject candidate = objects.get(i);
				if (candidate != null && candidate != proxy && !candidate.eIsProxy()) {
					return candidate;
				}
			}
			return null;
		}
	}
}
