// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.extensions.MissingExtension;
import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.core.spi.FormatMigration;
import hn.siempleo.core.spi.ModelStore;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.logic.Identities;
import hn.siempleo.model.Workspace;

/**
 * The local file store: {@code *.siempleo} files in XMI. Loading refuses DTDs and external entities, limits
 * the size and reports the first problem with its line and column (with more than one processor the file is parsed
 * on a second thread while the loading thread builds the model: {@link ReadAheadParser}); saving writes a
 * temporary file, forces it to disk, keeps the previous version as {@code .bak} and renames the new file over the
 * old one.
 */
@Component(service = ModelStore.class)
public final class XmiFileStore implements ModelStore {

	/** System property overriding {@link #DEFAULT_MAX_BYTES}. */
	public static final String MAX_BYTES_PROPERTY = "siempleo.maxModelBytes";

	/**
	 * System property: {@code false} reads a file on the loading thread alone; by default, with more than one
	 * processor, the file is parsed on a second thread while the loading thread builds the model.
	 */
	public static final String READ_AHEAD_PROPERTY = "siempleo.load.readAhead";

	/** Largest file loaded by default: 150 MiB (a 100,000-object model takes about a quarter of it). */
	public static final long DEFAULT_MAX_BYTES = 150L * 1024 * 1024;

	/** Suffix of the copy of the previous version kept at each save. */
	public static final String BACKUP_SUFFIX = ".bak";

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:[\\w.-]+=\"(http://siempleo\\.hn/model/[^\"]+)\""); //$NON-NLS-1$

	private static final Pattern EXTENSION_NAMESPACE = Pattern.compile("xmlns:[\\w.-]+=\"(http://siempleo\\.hn/ext/[^\"]+)\""); //$NON-NLS-1$

	private final List<FormatMigration> migrations = new CopyOnWriteArrayList<>();
	private final UnaryOperator<OutputStream> outputFilter;
	private final long maxBytes;
	private final boolean readAhead;

	/** The store as the framework creates it. */
	public XmiFileStore() {
		this(UnaryOperator.identity(), Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES),
				Runtime.getRuntime().availableProcessors() > 1 && !"false".equals(System.getProperty(READ_AHEAD_PROPERTY))); //$NON-NLS-1$
	}

	/** For tests: a filter around the save stream (to simulate failures) and a size limit. */
	XmiFileStore(UnaryOperator<OutputStream> outputFilter, long maxBytes) {
		this(outputFilter, maxBytes, true);
	}

	/** For tests: as above, and whether a file is parsed on a second thread while the model is built. */
	XmiFileStore(UnaryOperator<OutputStream> outputFilter, long maxBytes, boolean readAhead) {
		this.outputFilter = outputFilter;
		this.maxBytes = maxBytes;
		this.readAhead = readAhead;
	}

	/** Adds a migration of an older format (DS bind method). */
	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addMigration(FormatMigration migration) {
		migrations.add(migration);
	}

	/** Removes a migration (DS unbind method). */
	public void removeMigration(FormatMigration migration) {
		migrations.remove(migration);
	}

	@Override
	public boolean handles(URI location) {
		return location.isFile();
	}

	/**
	 * A file's size and modification time, as text (a copy of unsaved changes records it: see
	 * {@code RecoveryCopies}), or null when it cannot be read.
	 */
	@Override
	public Object version(URI location) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(Path.of(location.toFileString()), BasicFileAttributes.class);
			return attributes.size() + "@" + attributes.lastModifiedTime().toInstant(); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public Resource load(URI location, ResourceSet resourceSet, IProgressMonitor monitor) throws ModelStoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.XmiFileStore_loading, location.lastSegment()), 100);
		Path file = Path.of(location.toFileString());
		checkReadable(file);
		String head = head(file);
		String namespace = declaredNamespace(head);
		LocalOnlyURIConverter.secure(resourceSet);
		for (FormatMigration migration : migrations) {
			resourceSet.getPackageRegistry().put(migration.sourceNamespace(), SiempleoPackage.eINSTANCE);
		}
		GuardedXmiResource resource = (GuardedXmiResource) newResource(location);
		// sized for the file (a saved object takes some 200 bytes), so that the id map does not grow while it loads
		resource.setIntrinsicIDToEObjectMap(HashMap.newHashMap((int) Math.min(fileSize(file) / 200, 4_000_000)));
		resource.readAhead(readAhead);
		LenientMetaData lenient = null;
		if (needsLenientLoad(head, resourceSet.getPackageRegistry())) {
			lenient = new LenientMetaData(resourceSet.getPackageRegistry());
			resource.keepUnknownExtensions(lenient);
		}
		resourceSet.getResources().add(resource);
		try (InputStream in = new LimitedInputStream(Files.newInputStream(file), maxBytes, file)) {
			progress.split(10);
			boolean migrating = migrations.stream().anyMatch(m -> m.sourceNamespace().equals(namespace));
			try (Identities.Reading reading = Identities.reading()) {
				resource.load(in, loadOptions(migrating, lenient));
			}
			progress.split(80);
			LoadProblems.failOnErrors(resource, file);
			if (!isModel(resource, lenient)) {
				throw new ModelStoreException(NLS.bind(Messages.XmiFileStore_notAModel, file.getFileName()), null);
			}
			if (lenient != null) {
				warnMissing(resource, lenient, file);
			}
			migrate(resource, namespace);
			failOnUnmigrated(resource, lenient);
			resource.setModified(false);
			progress.split(10);
			return resource;
		} catch (ModelStoreException e) {
			discard(resource);
			throw e;
		} catch (IOException | RuntimeException e) {
			discard(resource);
			throw LoadProblems.translate(e, file);
		}
	}

	@Override
	public void save(Resource resource, URI location, IProgressMonitor monitor) throws ModelStoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.XmiFileStore_saving, location.lastSegment()), 100);
		Path target = Path.of(location.toFileString()).toAbsolutePath();
		try (AtomicFile file = AtomicFile.create(target)) {
			try (OutputStream out = outputFilter.apply(new BufferedOutputStream(file.openStream(), 1 << 16))) {
				resource.save(out, saveOptions(resource));
			}
			progress.split(80);
			if (Files.exists(target)) {
				Files.copy(target, target.resolveSibling(target.getFileName() + BACKUP_SUFFIX),
						StandardCopyOption.REPLACE_EXISTING);
			}
			file.commit();
			progress.split(20);
		} catch (IOException | RuntimeException e) {
			throw new ModelStoreException(NLS.bind(Messages.XmiFileStore_saveFailed, target, LoadProblems.reason(e)), e);
		}
	}

	/** A resource configured for this format: ids are the objects' UUIDs, looked up through a map. */
	public static XMIResourceImpl newResource(URI location) {
		return new GuardedXmiResource(location);
	}

	/**
	 * A model is one {@link Workspace} first, then only root objects of model extensions: installed ones, or
	 * (lenient load) the generic objects kept for a missing one.
	 */
	private static boolean isModel(Resource resource, LenientMetaData lenient) {
		List<EObject> roots = resource.getContents();
		if (roots.isEmpty() || !(roots.get(0) instanceof Workspace)) {
			return false;
		}
		for (EObject root : roots.subList(1, roots.size())) {
			EPackage ePackage = root.eClass().getEPackage();
			boolean kept = lenient != null && lenient.demanded().contains(ePackage);
			if (!kept && !ModelExtensions.isExtensionNamespace(ePackage.getNsURI())) {
				return false;
			}
		}
		return true;
	}

	/** Adds a {@link MissingExtension} warning per extension that was kept without its plug-in. */
	private static void warnMissing(Resource resource, LenientMetaData lenient, Path file) {
		for (EPackage missing : lenient.demanded()) {
			int count = 0;
			for (EObject root : resource.getContents()) {
				count += root.eClass().getEPackage() == missing ? 1 : 0;
			}
			resource.getWarnings().add(new MissingExtension(missing.getNsURI(), file.toString(), count));
		}
	}

	/** Whether the file's start declares an extension namespace that no installed plug-in registered. */
	static boolean needsLenientLoad(String head, EPackage.Registry registry) {
		Matcher matcher = EXTENSION_NAMESPACE.matcher(head);
		while (matcher.find()) {
			if (registry.getEPackage(matcher.group(1)) == null) {
				return true;
			}
		}
		return false;
	}

	private void checkReadable(Path file) throws ModelStoreException {
		if (!Files.exists(file)) {
			throw new ModelStoreException(NLS.bind(Messages.XmiFileStore_missing, file), null);
		}
		if (!Files.isRegularFile(file)) {
			throw new ModelStoreException(NLS.bind(Messages.XmiFileStore_notAFile, file), null);
		}
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new ModelStoreException(NLS.bind(Messages.XmiFileStore_tooLarge,
						new Object[] { file.getFileName(), megabytes(size), megabytes(maxBytes) }), null);
			}
			if (size == 0) {
				throw new ModelStoreException(NLS.bind(Messages.XmiFileStore_empty, file.getFileName()), null);
			}
		} catch (IOException e) {
			throw LoadProblems.translate(e, file);
		}
	}

	private void migrate(Resource resource, String namespace) {
		for (FormatMigration migration : migrations) {
			if (migration.sourceNamespace().equals(namespace)) {
				migration.migrate(resource);
			}
		}
	}

	/** The Sí Empleo namespace the file's start declares (its format version), or null. */
	static String declaredNamespace(String head) {
		Matcher matcher = NAMESPACE.matcher(head);
		return matcher.find() ? matcher.group(1) : null;
	}

	/** The first 16 KiB of a file as text, where its namespaces are declared; "" when it cannot be read. */
	private static String head(Path file) {
		byte[] head = new byte[16 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int n = in.readNBytes(head, 0, head.length);
			return new String(head, 0, n, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}

	/**
	 * An older format is read with its unknown attributes and elements recorded (EMF's extension map), so its
	 * migration can turn them into the current format; whatever the migration leaves there is refused as an
	 * unknown feature, as in a current file.
	 */
	private static void failOnUnmigrated(XMIResourceImpl resource, LenientMetaData lenient) throws ModelStoreException {
		org.eclipse.emf.ecore.xml.type.AnyType left = null;
		for (Map.Entry<EObject, org.eclipse.emf.ecore.xml.type.AnyType> entry : resource.getEObjectToExtensionMap().entrySet()) {
			// the generic objects kept for a missing model extension hold its data: not an unknown feature
			boolean kept = lenient != null && lenient.demanded().contains(entry.getKey().eClass().getEPackage());
			if (!kept) {
				left = entry.getValue();
				break;
			}
		}
		if (left == null) {
			return;
		}
		String name = left.getAnyAttribute().isEmpty() ? (left.getMixed().isEmpty() ? "?" //$NON-NLS-1$
				: left.getMixed().get(0).getEStructuralFeature().getName())
				: left.getAnyAttribute().get(0).getEStructuralFeature().getName();
		throw new ModelStoreException(NLS.bind(Messages.LoadProblems_unknownFeature, name), null);
	}

	private static Map<Object, Object> loadOptions(boolean migrating, LenientMetaData lenient) {
		Map<Object, Object> options = new HashMap<>();
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// an unknown feature or class is an error, except in an older format (its migration turns them into the
		// current one; failOnUnmigrated refuses what is left) and inside a missing model extension's elements, which
		// are read as generic XML and written back unchanged (see GuardedXmiResource)
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, migrating || lenient != null);
		if (lenient != null) {
			options.put(XMLResource.OPTION_EXTENDED_META_DATA, lenient);
		}
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		// lookups of features by element and attribute name cached for the whole load
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		return options;
	}

	private static Map<Object, Object> saveOptions(Resource resource) {
		Map<Object, Object> options = new HashMap<>();
		if (resource instanceof GuardedXmiResource guarded && guarded.extendedMetaData() != null) {
			options.put(XMLResource.OPTION_EXTENDED_META_DATA, guarded.extendedMetaData());
		}
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 160);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
		options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
		return options;
	}

	private static void discard(Resource resource) {
		resource.unload();
		if (resource.getResourceSet() != null) {
			resource.getResourceSet().getResources().remove(resource);
		}
	}

	private static long fileSize(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	private static String megabytes(long bytes) {
		return String.format("%.1f", bytes / (1024.0 * 1024.0)); //$NON-NLS-1$
	}

	/** Stops reading past the size limit, in case the file grows while it is read. */
	private static final class LimitedInputStream extends FilterInputStream {
		private final long limit;
		private final Path file;
		private long read;

		LimitedInputStream(InputStream in, long limit, Path file) {
			super(in);
			this.limit = limit;
			this.file = file;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > limit) {
				throw new IOException(NLS.bind(Messages.XmiFileStore_tooLarge,
						new Object[] { file.getFileName(), megabytes(read), megabytes(limit) }));
			}
		}
	}
}
