// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.model.Identified;

/**
 * The SAX handler of {@link GuardedXmiResource}, with its three guards (only registered packages, no foreign
 * references, no duplicate ids), and a shorter path for the attributes of an element: what each attribute name
 * means for a class (a value to convert and set, a reference, anything else) is worked out once per load,
 * instead of looking up the feature, its kind and its type for every attribute of every element; short texts
 * that repeat are kept once; a reference to objects read before is set at once rather than at the end of the
 * document (see {@code setBackward}).
 */
final class GuardedHandler extends SAXXMIHandler {

	/** An attribute EMF handles itself (an XMI id, an href, a namespace): the whole element goes EMF's way. */
	private static final int SPECIAL = 0;
	/** A single-valued data type: converted by the helper and set. */
	private static final int VALUE = 1;
	/** A reference by id, resolved at the end of the document. */
	private static final int REFERENCE = 2;
	/** Anything else (unknown feature, many-valued data type): EMF's per-attribute path. */
	private static final int OTHER = 3;

	/** What an attribute name of a class means. */
	private record Slot(int kind, EStructuralFeature feature, EDataType type, EFactory factory, boolean shared) {
	}

	private static final Slot SPECIAL_SLOT = new Slot(SPECIAL, null, null, null, false);
	private static final Slot OTHER_SLOT = new Slot(OTHER, null, null, null, false);
	/** Texts up to this length are kept once when equal to one read shortly before. */
	private static final int SHORT_TEXT = 40;

	/** Ids seen so far, when the resource has no id map of its own (else that map is asked). */
	private final Map<String, EObject> seen;
	private final boolean ownMap;
	/** The objects with an id in the order read, and the line of each: only read to report a duplicate. */
	private final List<EObject> read = new ArrayList<>();
	private int[] lines = new int[1024];
	private EObject referenceOwner;
	private EReference reference;
	private final boolean lenient;
	private final Map<EClass, Map<String, Slot>> slots = new IdentityHashMap<>();
	private EClass lastClass;
	private Map<String, Slot> lastSlots;
	private Slot[] elementSlots = new Slot[16];
	/** The targets of a reference being set right away (at most EMF's threshold for a short list of ids). */
	private final EObject[] backward = new EObject[REFERENCE_THRESHOLD];
	/** The last short text read in each slot, by hash. */
	private final String[] texts = new String[4096];

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
		if (!setAttributes(object)) {
			super.handleObjectAttribs(object);
		}
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

	/**
	 * Sets the element's attributes as EMF would, attribute by attribute in the same order, with the meaning of
	 * each name looked up once per class; false, having set nothing, when the element has an attribute that EMF
	 * treats specially or the load is one this path does not cover (namespace-aware, extended metadata, a default
	 * namespace in scope).
	 */
	private boolean setAttributes(EObject object) {
		if (attribs == null || isNamespaceAware || extendedMetaData != null
				|| !(helper instanceof GuardedXmiResource.Helper converter) || helper.getURI(null) != null) {
			return false;
		}
		int size = attribs.getLength();
		if (size > elementSlots.length) {
			elementSlots = new Slot[size];
		}
		Map<String, Slot> classSlots = slotsOf(object.eClass());
		for (int i = 0; i < size; i++) {
			String name = attribs.getQName(i);
			Slot slot = classSlots.get(name);
			if (slot == null) {
				slot = slot(object, name);
				classSlots.put(name, slot);
			}
			if (slot.kind() == SPECIAL) {
				return false;
			}
			elementSlots[i] = slot;
		}
		for (int i = 0; i < size; i++) {
			Slot slot = elementSlots[i];
			String value = attribs.getValue(i);
			switch (slot.kind()) {
			case VALUE -> setValue(object, slot, converter, value);
			case REFERENCE -> {
				if (!setBackward(object, (EReference) slot.feature(), value)) {
					setValueFromId(object, (EReference) slot.feature(), value);
				}
			}
			default -> setAttribValue(object, attribs.getQName(i), value);
			}
		}
		return true;
	}

	/**
	 * A reference to objects read before, on a feature that nothing else sets (no opposite), set right away instead of
	 * at the end of the document, where EMF resolves the references of a file (deferred resolution): the same values
	 * in the same order as there, and less left to do once the whole file is read. False, having set nothing, for
	 * anything else (an id not read yet, a fragment or another document, a value the feature cannot take, a repeated
	 * id), which EMF's deferred resolution handles as before, errors included.
	 */
	private boolean setBackward(EObject object, EReference reference, String ids) {
		if (!deferIDREFResolution || ownMap || reference.getEOpposite() != null || reference.isContainment()
				|| !reference.isChangeable()) {
			return false;
		}
		int count = 0;
		int length = ids.length();
		int start = 0;
		while (start < length) {
			while (start < length && isSpace(ids.charAt(start))) {
				start++;
			}
			int end = start;
			while (end < length && !isSpace(ids.charAt(end))) {
				end++;
			}
			if (end > start) {
				if (count == backward.length) {
					return false;
				}
				EObject target = readBefore(ids.substring(start, end));
				if (target == null || target == object || !reference.getEReferenceType().isInstance(target)) {
					return false;
				}
				for (int i = 0; i < count; i++) {
					if (backward[i] == target) {
						return false;
					}
				}
				backward[count++] = target;
			}
			start = end;
		}
		if (count == 0 || (reference.isMany() ? !((List<?>) object.eGet(reference)).isEmpty() : count > 1)) {
			return false;
		}
		for (int i = 0; i < count; i++) {
			// what the deferred resolution does for each value, at its position
			setFeatureValue(object, reference, backward[i], i);
			backward[i] = null;
		}
		return true;
	}

	/** The object an id names, as the deferred resolution looks it up, if it was read before; else null. */
	private EObject readBefore(String id) {
		if (id.indexOf('#') >= 0 || id.indexOf(':') >= 0 || id.charAt(0) == '/' || id.charAt(id.length() - 1) == '?') {
			return null;
		}
		Map<String, EObject> xmiIds = xmlResource.getIDToEObjectMap();
		EObject found = xmiIds == null ? null : xmiIds.get(id);
		return found != null ? found : seen.get(id);
	}

	/** The separators of ids in a reference's value (those of EMF's tokenizer). */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}

	private Map<String, Slot> slotsOf(EClass eClass) {
		if (eClass != lastClass) {
			lastSlots = slots.computeIfAbsent(eClass, c -> new HashMap<>());
			lastClass = eClass;
		}
		return lastSlots;
	}

	/** What {@code name} means on {@code object}'s class, by the same lookups as EMF's per-attribute path. */
	private Slot slot(EObject object, String name) {
		if (name.equals(ID_ATTRIB) || name.equals(hrefAttribute) || name.startsWith(XMLResource.XML_NS)
				|| name.indexOf(':') >= 0 || notFeatures.contains(name)) {
			return SPECIAL_SLOT;
		}
		EStructuralFeature feature = getFeature(object, null, name, false);
		if (feature == null) {
			return OTHER_SLOT;
		}
		int kind = helper.getFeatureKind(feature);
		if (kind == XMLHelper.DATATYPE_SINGLE && feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			// names, sources, notes repeat throughout a file, ids never
			boolean shared = type == EcorePackage.Literals.ESTRING && attribute != object.eClass().getEIDAttribute();
			return new Slot(VALUE, feature, type, type.getEPackage().getEFactoryInstance(), shared);
		}
		if (kind != XMLHelper.DATATYPE_SINGLE && kind != XMLHelper.DATATYPE_IS_MANY && feature instanceof EReference) {
			return new Slot(REFERENCE, feature, null, null, false);
		}
		return OTHER_SLOT;
	}

	/**
	 * As EMF's {@code setFeatureValue}: a value that cannot be read or set is an error naming it and its line. A short
	 * text equal to one read shortly before is set as that same string: fewer objects for the collector to copy while
	 * a large file is read, and to keep afterwards.
	 */
	private void setValue(EObject object, Slot slot, GuardedXmiResource.Helper converter, String value) {
		String text = slot.shared() ? shared(value) : value;
		try {
			object.eSet(slot.feature(), converter.fromString(slot.factory(), slot.type(), text));
		} catch (RuntimeException e) {
			error(new IllegalValueException(object, slot.feature(), value, e, getLocation(), getLineNumber(),
					getColumnNumber()));
		}
	}

	private String shared(String text) {
		if (text.length() > SHORT_TEXT) {
			return text;
		}
		int slot = text.hashCode() & (texts.length - 1);
		String known = texts[slot];
		if (text.equals(known)) {
			return known;
		}
		texts[slot] = text;
		return text;
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
