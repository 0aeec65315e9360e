// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;

import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.diagnostic.EvidenceFiles;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.FileDialogs;

/**
 * The evidence files of an assessment: a list of the names recorded on it, Adjuntar… (or dropping files on the
 * list) copies files into the evidence folder beside the model and records them in one command, Abrir opens the
 * selected one with the system viewer (Program.launch), Quitar removes its name (the file stays, so undo works).
 */
final class EvidenceList {

	/**
	 * Data key of the list: a {@code Consumer<List<Path>>} that attaches files, what choosing them with Adjuntar…
	 * or dropping them does (tests call it, as no file dialog can be driven).
	 */
	static final String ATTACH = "hn.siempleo.diagnostic.attach"; //$NON-NLS-1$

	private final EditorContext context;
	private final Supplier<Assessment> assessment;
	private final org.eclipse.swt.widgets.List files;
	private final Button attach;
	private final Button open;
	private final Button remove;

	EvidenceList(Composite parent, EditorContext context, Supplier<Assessment> assessment) {
		this.context = context;
		this.assessment = assessment;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		files = WidgetIds.tag(new org.eclipse.swt.widgets.List(row, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
				"criteria.files"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 54).applyTo(files);
		files.addListener(SWT.DefaultSelection, event -> openSelected());
		files.addListener(SWT.Selection, event -> updateButtons(files.isEnabled()));
		files.setData(ATTACH, (Consumer<List<Path>>) this::attach);
		DropTarget drop = new DropTarget(files, DND.DROP_COPY | DND.DROP_DEFAULT);
		drop.setTransfer(FileTransfer.getInstance());
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = assessment.get() == null ? DND.DROP_NONE : DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					attach(Arrays.stream(names).map(Path::of).toList());
				}
			}
		});
		Composite buttons = new Composite(row, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(buttons);
		attach = button(buttons, Messages.AssessmentForm_attach, "criteria.attach", this::choose); //$NON-NLS-1$
		open = button(buttons, Messages.AssessmentForm_open, "criteria.openFile", this::openSelected); //$NON-NLS-1$
		remove = button(buttons, Messages.AssessmentForm_remove, "criteria.removeFile", this::removeSelected); //$NON-NLS-1$
	}

	/** Shows the names recorded on the assessment now. */
	void refresh(boolean enabled) {
		Assessment current = assessment.get();
		List<String> names = current == null ? List.of() : List.copyOf(current.getAttachments());
		if (!names.equals(List.of(files.getItems()))) {
			files.setItems(names.toArray(String[]::new));
		}
		files.setEnabled(enabled);
		attach.setEnabled(enabled);
		updateButtons(enabled);
	}

	/**
	 * Copies files into the diagnostic's evidence folder and records their names on the assessment, as one step.
	 * Shows a message when the model is not a local file or a copy fails.
	 */
	void attach(List<Path> sources) {
		Assessment current = assessment.get();
		Diagnostic diagnostic = context.diagnostic();
		if (current == null || diagnostic == null || sources.isEmpty()) {
			return;
		}
		Optional<Path> folder = EvidenceFiles.folder(context.model().location(), diagnostic);
		if (folder.isEmpty()) {
			MessageDialog.openInformation(context.shell(), Messages.AssessmentForm_filesTitle, Messages.AssessmentForm_notLocal);
			return;
		}
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.AssessmentForm_attachCommand,
				current.getCriterion() == null ? "" : current.getCriterion().getCode())); //$NON-NLS-1$
		for (Path source : sources) {
			try {
				String name = EvidenceFiles.copyInto(source, folder.get());
				if (!current.getAttachments().contains(name)) {
					command.append(DiagnosticCommands.attach(context.model().editingDomain(), current, name));
				}
			} catch (IOException e) {
				MessageDialog.openError(context.shell(), Messages.AssessmentForm_filesTitle,
						NLS.bind(Messages.AssessmentForm_copyFailed, source, e.getMessage()));
			}
		}
		if (!command.isEmpty()) {
			context.execute(command.unwrap());
		}
	}

	/** The evidence file selected in the list, or null. */
	Path selectedFile() {
		int index = files.getSelectionIndex();
		Diagnostic diagnostic = context.diagnostic();
		if (index < 0 || diagnostic == null || context.model() == null) {
			return null;
		}
		return EvidenceFiles.folder(context.model().location(), diagnostic)
				.map(folder -> EvidenceFiles.resolve(folder, files.getItem(index))).orElse(null);
	}

	private void updateButtons(boolean enabled) {
		boolean selected = enabled && files.getSelectionIndex() >= 0;
		open.setEnabled(selected);
		remove.setEnabled(selected);
	}

	private void choose() {
		FileDialog dialog = new FileDialog(context.shell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.AssessmentForm_chooseFiles);
		if (FileDialogs.open(dialog) == null) {
			return;
		}
		List<Path> sources = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			sources.add(Path.of(dialog.getFilterPath(), name));
		}
		attach(sources);
	}

	private void openSelected() {
		Path file;
		try {
			file = selectedFile();
		} catch (IllegalArgumentException e) {
			// a name from the model that is a path, not a file of the folder
			MessageDialog.openWarning(context.shell(), Messages.AssessmentForm_filesTitle,
					NLS.bind(Messages.AssessmentForm_badFileName, files.getItem(files.getSelectionIndex())));
			return;
		}
		if (file == null) {
			return;
		}
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			MessageDialog.openWarning(context.shell(), Messages.AssessmentForm_filesTitle,
					NLS.bind(Messages.AssessmentForm_missingFile, file));
		} else if (!EvidenceFiles.viewable(file)) {
			MessageDialog.openWarning(context.shell(), Messages.AssessmentForm_filesTitle,
					NLS.bind(Messages.AssessmentForm_notViewable, file.getFileName(), file.getParent()));
		} else if (!Program.launch(file.toString())) {
			MessageDialog.openWarning(context.shell(), Messages.AssessmentForm_filesTitle,
					NLS.bind(Messages.AssessmentForm_noViewer, file));
		}
	}

	private void removeSelected() {
		Assessment current = assessment.get();
		int index = files.getSelectionIndex();
		if (current != null && index >= 0) {
			context.execute(DiagnosticCommands.detach(context.model().editingDomain(), current, files.getItem(index)));
		}
	}

	private static Button button(Composite parent, String text, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}
}
