// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
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
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

import hn.siempleo.core.extensions.ModelExtensions;

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

		private final Map<String, Integer> idLines = new HashMap<>();
		private EObject referenceOwner;
		private EReference reference;
		private final boolean lenient;

		GuardedHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, boolean lenient) {
			super(resource, helper, options);
			this.lenient = lenient;
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

		@Override
		protected void handleObjectAttribs(EObject object) {
			super.handleObjectAttribs(object);
			String id = EcoreUtil.getID(object);
			if (id != null) {
				Integer first = idLines.putIfAbsent(id, getLineNumber());
				if (first != null) {
					error(new DuplicateIdException(id, first, getLocation(), getLineNumber(), getColumnNumber()));
				}
			}
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
