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
import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.core.spi.FormatMigration;
import hn.siempleo.core.spi.ModelStore;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;

/**
 * The local file store: {@code *.siempleo} files in XMI. Loading refuses DTDs and external entities, limits
 * the size and reports the first problem with its line and column; saving writes a temporary file, forces it
 * to disk, keeps the previous version as {@code .bak} and renames the new file over the old one.
 */
@Component(service = ModelStore.class)
public final class XmiFileStore implements ModelStore {

	/** System property overriding {@link #DEFAULT_MAX_BYTES}. */
	public static final String MAX_BYTES_PROPERTY = "siempleo.maxModelBytes";

	/** Largest file loaded by default: 150 MiB (a 100,000-object model takes about a quarter of it). */
	public static final long DEFAULT_MAX_BYTES = 150L * 1024 * 1024;

	/** Suffix of the copy of the previous version kept at each save. */
	public static final String BACKUP_SUFFIX = ".bak";

	private static final Pattern NAMESPACE = Pattern.compile("xmlns:[\\w.-]+=\"(http://siempleo\\.hn/model/[^\"]+)\""); //$NON-NLS-1$

	private final List<FormatMigration> migrations = new CopyOnWriteArrayList<>();
	private final UnaryOperator<OutputStream> outputFilter;
	private final long maxBytes;

	/** The store as the framework creates it. */
	public XmiFileStore() {
		this(UnaryOperator.identity(), Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES));
	}

	/** For tests: a filter around the save stream (to simulate failures) and a size limit. */
	XmiFileStore(UnaryOperator<OutputStream> outputFilter, long maxBytes) {
		this.outputFilter = outputFilter;
		this.maxBytes = maxBytes;
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

	@Override
	public Resource load(URI location, ResourceSet resourceSet, IProgressMonitor monitor) throws ModelStoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.XmiFileStore_loading, location.lastSegment()), 100);
		Path file = Path.of(location.toFileString());
		checkReadable(file);
		String namespace = declaredNamespace(file);
		LocalOnlyURIConverter.secure(resourceSet);
		for (FormatMigration migration : migrations) {
			resourceSet.getPackageRegistry().put(migration.sourceNamespace(), SiempleoPackage.eINSTANCE);
		}
		XMIResourceImpl resource = newResource(location);
		resourceSet.getResources().add(resource);
		try (InputStream in = new LimitedInputStream(Files.newInputStream(file), maxBytes, file)) {
			progress.split(10);
			resource.load(in, loadOptions());
			progress.split(80);
			LoadProblems.failOnErrors(resource, file);
			if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Workspace)) {
				throw new ModelStoreException(NLS.bind(Messages.XmiFileStore_notAModel, file.getFileName()), null);
			}
			migrate(resource, namespace);
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
				resource.save(out, saveOptions());
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

	/** The Sí Empleo namespace a file declares near its start (its format version), or null. */
	static String declaredNamespace(Path file) {
		byte[] head = new byte[16 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int n = in.readNBytes(head, 0, head.length);
			Matcher matcher = NAMESPACE.matcher(new String(head, 0, n, StandardCharsets.UTF_8));
			return matcher.find() ? matcher.group(1) : null;
		} catch (IOException e) {
			return null;
		}
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		return options;
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
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
