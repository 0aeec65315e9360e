// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.io.CharConversionException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

import hn.siempleo.core.ModelStoreException;

/** Turns what goes wrong while reading a file into one Spanish sentence with the position. */
final class LoadProblems {

	private LoadProblems() {
	}

	/** Fails with the first error EMF recorded while loading, if any. */
	static void failOnErrors(Resource resource, Path file) throws ModelStoreException {
		if (!resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			throw withPosition(file, describe(first instanceof Throwable t ? t : new IllegalStateException(first.getMessage()), file),
					first.getLine(), first.getColumn(), first instanceof Throwable t ? t : null);
		}
	}

	/** A load failure as a user-facing exception. */
	static ModelStoreException translate(Throwable failure, Path file) {
		int line = -1;
		int column = -1;
		Throwable reasonSource = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Resource.Diagnostic diagnostic && line < 0 && diagnostic.getLine() > 0) {
				line = diagnostic.getLine();
				column = diagnostic.getColumn();
				reasonSource = cause;
			}
			if (cause instanceof SAXParseException sax && line < 0) {
				line = sax.getLineNumber();
				column = sax.getColumnNumber();
				reasonSource = cause;
			}
			if (cause instanceof CharConversionException && line < 0) {
				// invalid bytes for the declared encoding: the parser gives no position, so find it
				EncodingPosition.Problem bad = EncodingPosition.find(file);
				if (bad != null) {
					return withPosition(file, NLS.bind(Messages.LoadProblems_badEncoding, bad.encoding()), bad.line(),
							bad.column(), failure);
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return withPosition(file, describe(reasonSource, file), line, column, failure);
	}

	/** A short reason for a failure, in the user's language. */
	static String reason(Throwable failure) {
		if (failure instanceof AccessDeniedException) {
			return Messages.LoadProblems_accessDenied;
		}
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
	}

	private static String describe(Throwable problem, Path file) {
		Throwable innermost = problem;
		while (innermost.getCause() != null && innermost.getCause() != innermost
				&& !(innermost instanceof Resource.Diagnostic)) {
			innermost = innermost.getCause();
		}
		String text = String.valueOf(innermost.getMessage());
		if (innermost instanceof DuplicateIdException duplicate) {
			return NLS.bind(Messages.LoadProblems_duplicateId, duplicate.id(), duplicate.firstLine());
		}
		if (innermost instanceof ForeignReferenceException foreign) {
			return NLS.bind(Messages.LoadProblems_foreignReference,
					new Object[] { foreign.target(), element(foreign.owner()), foreign.feature() });
		}
		if (innermost instanceof FeatureNotFoundException unknown) {
			return NLS.bind(Messages.LoadProblems_unknownFeature, unknown.getName());
		}
		if (innermost instanceof IllegalValueException illegal) {
			return NLS.bind(Messages.LoadProblems_illegalValue, illegal.getValue(), illegal.getFeature().getName());
		}
		if (innermost instanceof PackageNotFoundException unknownPackage) {
			return unknownPackage.uri() == null ? Messages.LoadProblems_noNamespace
					: NLS.bind(Messages.LoadProblems_unknownFormat, unknownPackage.uri());
		}
		if (innermost instanceof ClassNotFoundException unknownClass) {
			return NLS.bind(Messages.LoadProblems_unknownType, unknownClass.getName());
		}
		if (innermost instanceof UnresolvedReferenceException unresolved) {
			return NLS.bind(Messages.LoadProblems_unresolved, unresolved.getReference());
		}
		if (FileFacts.hasDoctype(file)) {
			return Messages.LoadProblems_doctype;
		}
		if (!FileFacts.startsLikeXml(file)) {
			return Messages.LoadProblems_notXml;
		}
		if (innermost instanceof SAXParseException sax && FileFacts.isAtEnd(file, sax.getLineNumber(), sax.getColumnNumber())) {
			return Messages.LoadProblems_truncated;
		}
		if (innermost instanceof Resource.Diagnostic || innermost instanceof SAXParseException) {
			return NLS.bind(Messages.LoadProblems_parser, text);
		}
		return reason(innermost);
	}

	/** An element as the message names it: its type and its code, name or id. */
	private static String element(EObject object) {
		if (object == null) {
			return "?"; //$NON-NLS-1$
		}
		for (String name : new String[] { "code", "name", "id" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			var feature = object.eClass().getEStructuralFeature(name);
			if (feature != null && object.eGet(feature) != null) {
				return object.eClass().getName() + " " + object.eGet(feature); //$NON-NLS-1$
			}
		}
		return object.eClass().getName();
	}


	private static ModelStoreException withPosition(Path file, String reason, int line, int column, Throwable cause) {
		String name = String.valueOf(file.getFileName());
		String message = line > 0
				? NLS.bind(Messages.LoadProblems_atPosition, new Object[] { name, reason, line, column })
				: NLS.bind(Messages.LoadProblems_noPosition, name, reason);
		return new ModelStoreException(message, line, column, cause);
	}
}
