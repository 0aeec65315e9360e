// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tools.emfgen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates EMF model and edit code outside Eclipse, like the genmodel editor's "Generate Model Code" and
 * "Generate Edit Code" (editor and tests code is never generated).
 *
 * <p>Arguments: {@code <file.genmodel>[,<file.genmodel>...]}, relative to the working directory (the repository
 * root). Each genmodel is loaded, reconciled with its .ecore, saved back when that changed it, and generated.
 * Workspace paths in the genmodel ({@code /hn.siempleo.model/src-gen}) are mapped to {@code bundles/<project>/}.
 */
public final class EmfCodegen {

	/** Never editor or tests code: their run-time bundles are not in our target platform. */
	private static final List<String> PROJECT_TYPES = List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
			GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || args[0].isBlank()) {
			System.err.println("usage: EmfCodegen <file.genmodel>[,<file.genmodel>...]");
			System.exit(2);
		}
		if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
			// stand-alone, the generator writes .java files in the default charset
			System.err.println("[emfgen] default charset is " + Charset.defaultCharset() + ", UTF-8 required");
			System.exit(2);
		}
		// new files get the system line separator: keep output identical on every OS
		System.setProperty("line.separator", "\n");
		long start = System.nanoTime();
		ResourceSet resourceSet = createResourceSet();
		File bundles = new File("bundles").getAbsoluteFile();
		int errors = 0;
		for (String path : args[0].split(",")) {
			errors += generate(resourceSet, new File(path.strip()).getAbsoluteFile(), bundles);
		}
		System.out.printf("[emfgen] done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		if (errors > 0) {
			System.exit(1);
		}
	}

	/** Registers what the EMF plug-ins' extensions register inside Eclipse. */
	private static ResourceSet createResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		// like the IDE: .genmodel and .ecore use the same XMI settings (line width 80, ...)
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore" lives in the jar
		Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
		uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), jarRoot(EcorePackage.class));
		uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.codegen.ecore/"), jarRoot(GenModelPackage.class));
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		return resourceSet;
	}

	/** Reconciles, saves and generates one genmodel; returns the number of errors. */
	private static int generate(ResourceSet resourceSet, File file, File bundles) throws IOException {
		if (!file.isFile()) {
			System.err.println("[emfgen] no such file: " + file);
			return 1;
		}
		Resource resource = resourceSet.getResource(URI.createFileURI(file.getPath()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		if (!genModel.reconcile()) {
			System.err.println("[emfgen] " + file.getName() + ": nothing to generate (no .ecore package found)");
			return 1;
		}
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			print(file, "genmodel", diagnostic);
			return 1;
		}
		// the committed genmodel lists every class and feature; the file is written only when its content changes
		resource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER,
				XMLResource.OPTION_LINE_DELIMITER, "\n"));

		mapProject(genModel.getModelDirectory(), bundles);
		if (hasEditBundle(genModel, bundles)) {
			mapProject(genModel.getEditDirectory(), bundles);
		}
		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		int errors = 0;
		for (String type : PROJECT_TYPES) {
			if (type.equals(GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE) && !hasEditBundle(genModel, bundles)) {
				continue; // institution plug-ins keep their model in one bundle; create bundles/<edit> to get edit code
			}
			diagnostic = generator.generate(genModel, type, new BasicMonitor());
			print(file, type.substring(type.lastIndexOf('.') + 1), diagnostic);
			if (diagnostic.getSeverity() == Diagnostic.ERROR) {
				errors++;
			}
		}
		return errors;
	}

	/** Whether the genmodel's edit bundle folder exists (edit code is generated only then). */
	private static boolean hasEditBundle(GenModel genModel, File bundles) {
		String project = genModel.getEditDirectory() == null ? null : URI.createURI(genModel.getEditDirectory()).segment(0);
		return project != null && new File(bundles, project).isDirectory();
	}

	/** Maps platform:/resource/&lt;project&gt;/ of a workspace path like /project/src-gen to bundles/&lt;project&gt;/. */
	private static void mapProject(String workspacePath, File bundles) {
		String project = workspacePath == null ? null : URI.createURI(workspacePath).segment(0);
		if (project == null || EcorePlugin.getPlatformResourceMap().containsKey(project)) {
			return;
		}
		File folder = new File(bundles, project);
		folder.mkdirs();
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(folder.getPath()).appendSegment(""));
	}

	/** Prints the outcome; details only when something went wrong. */
	private static void print(File file, String what, Diagnostic diagnostic) {
		String status = switch (diagnostic.getSeverity()) {
			case Diagnostic.OK, Diagnostic.INFO -> "OK";
			case Diagnostic.WARNING -> "WARNING";
			default -> "ERROR";
		};
		System.out.println("[emfgen] " + file.getName() + " " + what + ": " + status);
		if (diagnostic.getSeverity() > Diagnostic.INFO) {
			printDetails(diagnostic, "[emfgen]   ");
		}
	}

	private static void printDetails(Diagnostic diagnostic, String indent) {
		if (diagnostic.getSeverity() > Diagnostic.INFO) {
			System.out.println(indent + diagnostic.getMessage());
			if (diagnostic.getException() != null) {
				diagnostic.getException().printStackTrace(System.out);
			}
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			printDetails(child, indent + "  ");
		}
	}

	/** The root of the jar (or class folder) that holds the given class, as an EMF URI. */
	private static URI jarRoot(Class<?> type) {
		String location = type.getProtectionDomain().getCodeSource().getLocation().toString();
		return location.endsWith(".jar") ? URI.createURI("archive:" + location + "!/") : URI.createURI(location);
	}

	private EmfCodegen() {
	}
}
