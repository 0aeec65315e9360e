// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.ModelStoreException;

/**
 * Turns any EObject into a {@link Row} and back, by reflection: attributes as strings (EMF's own literal form),
 * non-containment references as ids, containment as the child's container, feature and position. So every
 * EClass, plug-in classes included, is stored without a schema change.
 */
final class ObjectCodec {

	private final EPackage.Registry packages;

	ObjectCodec(EPackage.Registry packages) {
		this.packages = packages;
	}

	/** The id of an object: its ID attribute; one is given (a UUID) when it has none yet. */
	static String idOf(EObject object) {
		String id = EcoreUtil.getID(object);
		if (id == null) {
			EAttribute idAttribute = object.eClass().getEIDAttribute();
			if (idAttribute == null) {
				throw new IllegalArgumentException(NLS.bind(Messages.ObjectCodec_noId, object.eClass().getName()));
			}
			id = UUID.randomUUID().toString();
			object.eSet(idAttribute, id);
		}
		return id;
	}

	/** The URI that names a class in the {@code eclass} column, e.g. {@code http://siempleo.hn/model/1.1#//Action}. */
	static String classUri(EClass eClass) {
		return eClass.getEPackage().getNsURI() + "#//" + eClass.getName(); //$NON-NLS-1$
	}

	/** The row of an object at a position among its siblings. */
	Row encode(EObject object, double pos) throws ModelStoreException {
		EObject container = object.eContainer();
		return Row.local(idOf(object), classUri(object.eClass()), container == null ? null : idOf(container),
				object.eContainingFeature() == null ? null : object.eContainingFeature().getName(), pos, attributes(object),
				references(object));
	}

	private static Map<String, Object> attributes(EObject object) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!stored(attribute) || !object.eIsSet(attribute)) {
				continue;
			}
			Object value = object.eGet(attribute);
			if (attribute.isMany()) {
				List<String> list = new ArrayList<>();
				for (Object item : (List<?>) value) {
					list.add(EcoreUtil.convertToString(attribute.getEAttributeType(), item));
				}
				values.put(attribute.getName(), list);
			} else {
				values.put(attribute.getName(), EcoreUtil.convertToString(attribute.getEAttributeType(), value));
			}
		}
		return values;
	}

	private Map<String, Object> references(EObject object) throws ModelStoreException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!storedReference(reference) || !object.eIsSet(reference)) {
				continue;
			}
			Object value = object.eGet(reference, false);
			if (reference.isMany()) {
				List<String> ids = new ArrayList<>();
				for (Object target : (List<?>) value) {
					ids.add(targetId(object, reference, (EObject) target));
				}
				values.put(reference.getName(), ids);
			} else {
				values.put(reference.getName(), targetId(object, reference, (EObject) value));
			}
		}
		return values;
	}

	private static String targetId(EObject source, EReference reference, EObject target) throws ModelStoreException {
		if (target.eIsProxy() || target.eResource() != source.eResource()) {
			throw new ModelStoreException(NLS.bind(Messages.ObjectCodec_foreignReference, reference.getName(),
					EcoreUtil.getID(source)), null);
		}
		return idOf(target);
	}

	private static boolean stored(EStructuralFeature feature) {
		return !feature.isDerived() && !feature.isTransient() && !feature.isVolatile() && feature.isChangeable();
	}

	private static boolean storedReference(EReference reference) {
		if (!stored(reference) || reference.isContainment() || reference.isContainer()) {
			return false;
		}
		EReference opposite = reference.getEOpposite();
		// a bidirectional pair is stored on one side only: the other is set by EMF
		return opposite == null || opposite.isTransient() || !stored(opposite)
				|| reference.getName().compareTo(opposite.getName()) <= 0;
	}

	/**
	 * Resolves a class named in the {@code eclass} column and computes what EMF caches lazily about it (its
	 * features, their types' factories), so that objects of it can then be made on other threads. Unknown classes
	 * are left alone ({@link #create} names them).
	 */
	void prepare(String eclass) {
		int hash = eclass.indexOf('#');
		EPackage ePackage = hash < 0 ? null : packages.getEPackage(eclass.substring(0, hash));
		if (ePackage == null) {
			return;
		}
		ePackage.getEFactoryInstance();
		if (ePackage.getEClassifier(eclass.substring(hash + 3)) instanceof EClass type) {
			type.getEAllStructuralFeatures();
			type.getEIDAttribute();
			for (EAttribute attribute : type.getEAllAttributes()) {
				attribute.getEAttributeType().getEPackage().getEFactoryInstance();
				attribute.getDefaultValue();
			}
			type.getEAllReferences();
			type.getEAllContainments();
		}
	}

	/** A new, empty object of the class a row names; fails naming the class when it is not installed. */
	EObject create(Row row) throws ModelStoreException {
		int hash = row.eclass().indexOf('#');
		EPackage ePackage = hash < 0 ? null : packages.getEPackage(row.eclass().substring(0, hash));
		EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(row.eclass().substring(hash + 3));
		if (!(classifier instanceof EClass type) || type.isAbstract()) {
			throw new ModelStoreException(NLS.bind(Messages.ObjectCodec_unknownClass, row.eclass(), row.id()), null);
		}
		return EcoreUtil.create(type);
	}

	/** Sets the attributes of a row on its object; unknown names are skipped (a newer client wrote them). */
	static void applyAttributes(EObject object, Row row) {
		EClass eClass = object.eClass();
		for (EAttribute attribute : eClass.getEAllAttributes()) {
			if (!stored(attribute)) {
				continue;
			}
			Object value = row.attrs().get(attribute.getName());
			if (value == null) {
				if (object.eIsSet(attribute) && attribute != eClass.getEIDAttribute()) {
					object.eUnset(attribute);
				}
			} else if (attribute.isMany()) {
				List<Object> list = new ArrayList<>();
				for (Object item : (List<?>) value) {
					list.add(EcoreUtil.createFromString(attribute.getEAttributeType(), (String) item));
				}
				object.eSet(attribute, list);
			} else {
				object.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), (String) value));
			}
		}
	}

	/** Sets the references of a row; targets are looked up by id, and missing ones left out. */
	@SuppressWarnings("unchecked")
	static void applyReferences(EObject object, Row row, Function<String, EObject> lookup, boolean fresh) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!storedReference(reference)) {
				continue;
			}
			Object value = row.refs().get(reference.getName());
			if (fresh && value == null) {
				continue; // a new object's references are empty already
			}
			if (reference.isMany()) {
				List<EObject> targets = new ArrayList<>();
				if (value instanceof List<?> ids) {
					for (Object id : ids) {
						EObject target = lookup.apply((String) id);
						if (target != null) {
							targets.add(target);
						}
					}
				}
				EList<EObject> list = (EList<EObject>) object.eGet(reference, false);
				if (fresh) {
					((InternalEList<EObject>) list).addAllUnique(targets);
				} else if (!list.equals(targets)) {
					list.clear();
					list.addAll(targets);
				}
			} else {
				EObject target = value == null ? null : lookup.apply((String) value);
				if (object.eGet(reference, false) != target) {
					object.eSet(reference, target);
				}
			}
		}
	}
}
