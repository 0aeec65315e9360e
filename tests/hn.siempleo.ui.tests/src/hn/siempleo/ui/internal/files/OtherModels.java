// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import hn.siempleo.core.OpenModel;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * For tests that open other models in the workbench: copies of the data set open at the start of the test, opened
 * as Archivo > Abrir does, and that model open again after each test (other tests expect it), its changes left
 * aside. A JUnit extension.
 */
final class OtherModels implements BeforeEachCallback, AfterEachCallback {

	private final UiKit ui;
	private ModelSession session;
	private OpenModel before;

	/** Register with {@code @RegisterExtension}: before each test it waits for the open model, after it restores it. */
	OtherModels(UiKit ui) {
		this.ui = ui;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("un modelo abierto", () -> session.current() != null);
		before = ui.call(session::current);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		restore();
	}

	/** The workbench's session. */
	ModelSession session() {
		return session;
	}

	/** The model open when the test started. */
	OpenModel before() {
		return before;
	}

	/** A copy of the file of the model open when the test started. */
	Path copyOfTheDataSet(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		Files.copy(Path.of(before.location().toFileString()), file);
		return file;
	}

	/** Opens a file as Archivo > Abrir does and waits until it is the open model. */
	OpenModel open(Path file) {
		WorkbenchCommands.execute(ui, WorkbenchIds.COMMAND_OPEN, Map.of(WorkbenchIds.OPEN_FILE_PARAMETER, file.toString()));
		waitUntilOpen(file);
		return ui.call(session::current);
	}

	/** Waits until a file is the open model. */
	void waitUntilOpen(Path file) {
		URI location = URI.createFileURI(file.toString());
		ui.waitUntil("«" + file.getFileName() + "» abierto",
				() -> session.current() != null && session.current().location().equals(location));
	}

	/** Opens the model of the start of the test again, leaving the current one's unsaved changes aside. */
	void restore() {
		OpenModel current = ui.call(session::current);
		if (current == before) {
			return;
		}
		if (current != null && current.isDirty()) {
			ui.run(() -> {
				current.commandStack().flush();
				current.markSaved(current.location());
			});
		}
		open(Path.of(before.location().toFileString()));
	}
}
