// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import hn.siempleo.core.OpenModel;
import hn.siempleo.core.files.FileNames;
import hn.siempleo.core.files.OutputRefusedException;
import hn.siempleo.core.files.OutputTargets;
import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportFormat;
import hn.siempleo.reports.ReportService;
import hn.siempleo.reports.ui.ReportsViewIds;
import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.VerticalScroller;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.handlers.Shells;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.ui.FileDialogs;

/**
 * The Informes view: pick a report of the catalogue, fill its parameters, preview it (rendered to PDF and
 * shown page by page) or export it to PDF, HTML or DOCX. Rendering runs as a job; the view stays usable and
 * the job can be cancelled. Errors are shown in Spanish dialogs.
 */
public final class ReportsPart {

	private final ModelSessionListener listener = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			preview.clear();
			selectDesign();
		}
	};

	private ModelSession session;
	private ReportService reports;
	private List<ReportDesign> designs;
	private VerticalScroller controls;
	private org.eclipse.swt.widgets.List catalogue;
	private Label description;
	private ParameterFields fields;
	private Combo format;
	private Button previewButton;
	private Button exportButton;
	private Button cancelButton;
	private ProgressBar progress;
	private Label status;
	private PreviewPane preview;
	private RenderJob running;
	private Path previewFile;

	@PostConstruct
	public void create(Composite parent, ModelSession session, ReportService reports) {
		this.session = session;
		this.reports = reports;
		designs = reports.designs();
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(left);
		// the catalogue and parameters scroll rather than squeezing the list when the view is short; the buttons stay
		// below them, in sight (at 1366×768 they were below the fold, behind a scroll bar GTK shows on hover only)
		controls = new VerticalScroller(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(controls.control());
		createControls(controls.content());
		Composite footer = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(footer);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(footer);
		createButtons(footer);
		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new GridLayout());
		preview = new PreviewPane(right);
		sash.setWeights(32, 68);
		session.addListener(listener);
		catalogue.select(0);
		selectDesign();
	}

	private void createControls(Composite left) {
		left.setLayout(new GridLayout());
		Label title = new Label(left, SWT.NONE);
		title.setText(Messages.ReportsPart_catalogue);
		catalogue = WidgetIds.tag(new org.eclipse.swt.widgets.List(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL),
				ReportsViewIds.CATALOGUE);
		designs.forEach(d -> catalogue.add(d.name()));
		GridData catalogueData = new GridData(SWT.FILL, SWT.FILL, true, true);
		catalogueData.heightHint = catalogue.getItemHeight() * Math.min(Math.max(designs.size(), 3), 8);
		catalogueData.minimumHeight = catalogueData.heightHint;
		catalogue.setLayoutData(catalogueData);
		catalogue.addListener(SWT.Selection, e -> selectDesign());
		// the parameters right below the catalogue, in sight on a laptop; what the report shows after them
		Group parameters = new Group(left, SWT.NONE);
		parameters.setText(Messages.ReportsPart_parameters);
		parameters.setLayout(new GridLayout());
		parameters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields = new ParameterFields(parameters);
		description = WidgetIds.tag(new Label(left, SWT.WRAP), ReportsViewIds.DESCRIPTION);
		GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
		descriptionData.widthHint = 200;
		description.setLayoutData(descriptionData);
	}

	private void createButtons(Composite left) {
		Composite buttons = new Composite(left, SWT.NONE);
		buttons.setLayout(new GridLayout(2, false));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		previewButton = button(buttons, Messages.ReportsPart_preview, ReportsViewIds.PREVIEW);
		previewButton.addListener(SWT.Selection, e -> startPreview());
		cancelButton = button(buttons, Messages.ReportsPart_cancel, ReportsViewIds.CANCEL);
		cancelButton.addListener(SWT.Selection, e -> cancel());
		format = WidgetIds.tag(new Combo(buttons, SWT.READ_ONLY), ReportsViewIds.FORMAT);
		for (ReportFormat f : ReportFormat.values()) {
			format.add(f.name());
		}
		format.select(0);
		exportButton = button(buttons, Messages.ReportsPart_export, ReportsViewIds.EXPORT);
		exportButton.addListener(SWT.Selection, e -> startExport());
		progress = new ProgressBar(left, SWT.INDETERMINATE);
		progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status = WidgetIds.tag(new Label(left, SWT.WRAP), ReportsViewIds.STATUS);
		GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
		statusData.widthHint = 200;
		status.setLayoutData(statusData);
		setRunning(false);
	}

	private static Button button(Composite parent, String text, String id) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return button;
	}

	private ReportDesign selected() {
		int index = catalogue.getSelectionIndex();
		return index < 0 ? null : designs.get(index);
	}

	private void selectDesign() {
		ReportDesign design = selected();
		OpenModel model = session.current();
		description.setText(design == null ? "" : design.description());
		fields.show(design, reports, model == null ? null : model.workspace());
		showStatus(model == null ? Messages.ReportsPart_noModel : "");
		setRunning(running != null);
		description.getParent().layout(true, true);
		controls.fit();
	}

	private void startPreview() {
		ReportDesign design = selected();
		// the open preview holds the file: close it before it is written again
		preview.clear();
		try {
			previewFile = previewFile == null ? Files.createTempFile("siempleo-preview-", ".pdf") : previewFile;
		} catch (IOException e) {
			showError(e.getMessage());
			return;
		}
		Path target = previewFile;
		start(design, ReportFormat.PDF, target, () -> {
			try {
				preview.open(target);
				showStatus(NLS.bind(Messages.ReportsPart_previewReady, design.name()));
			} catch (IOException e) {
				showError(NLS.bind(Messages.ReportsPart_previewFailed, e.getMessage()));
			}
		});
	}

	private void startExport() {
		ReportDesign design = selected();
		ReportFormat chosen = ReportFormat.values()[Math.max(0, format.getSelectionIndex())];
		FileDialog dialog = new FileDialog(Shells.parent(), SWT.SAVE);
		dialog.setText(Messages.ReportsPart_exportTitle);
		dialog.setFilterExtensions(new String[] { "*." + chosen.id() });
		dialog.setFileName(design.id() + "-" + ModelClock.today(session.current() == null ? null : session.current().workspace()) + "." + chosen.id());
		dialog.setOverwrite(true);
		String file = FileDialogs.open(dialog);
		if (file == null) {
			return;
		}
		Path target = Path.of(FileNames.withExtension(file, chosen.id()));
		OpenModel model = session.current();
		try {
			OutputTargets.check(target, model == null ? null : OutputTargets.fileOf(model.workspace()));
		} catch (OutputRefusedException e) {
			showError(e.getMessage());
			return;
		}
		start(design, chosen, target, () -> showStatus(NLS.bind(Messages.ReportsPart_exported, target)));
	}

	/** Writes the report data here, on the UI thread, then renders in a job; {@code onSuccess} runs on the UI thread. */
	private void start(ReportDesign design, ReportFormat outputFormat, Path target, Runnable onSuccess) {
		OpenModel model = session.current();
		if (design == null || model == null || running != null) {
			return;
		}
		Map<String, String> values = fields.values();
		ReportData data;
		try {
			data = reports.exportData(model.workspace(), ModelClock.today(model.workspace()), design.id());
		} catch (ReportException e) {
			showError(e.getMessage());
			return;
		}
		Display display = catalogue.getDisplay();
		running = new RenderJob(reports, design, data, outputFormat, values, target,
				failure -> display.asyncExec(() -> finished(failure, onSuccess)));
		showStatus(NLS.bind(Messages.ReportsPart_rendering, design.name()));
		setRunning(true);
		running.schedule();
	}

	private void finished(ReportException failure, Runnable onSuccess) {
		running = null;
		if (catalogue.isDisposed()) {
			return;
		}
		setRunning(false);
		if (failure == null) {
			onSuccess.run();
		} else if (failure.reason() == ReportException.Reason.CANCELLED) {
			showStatus(Messages.ReportsPart_cancelled);
		} else {
			showStatus(Messages.ReportsPart_failed);
			showError(failure.getMessage());
		}
	}

	private void cancel() {
		if (running != null) {
			running.cancel();
		}
	}

	private void setRunning(boolean busy) {
		boolean ready = !busy && session.current() != null && selected() != null;
		previewButton.setEnabled(ready);
		exportButton.setEnabled(ready);
		cancelButton.setEnabled(busy);
		Layouts.shown(progress, busy);
		progress.getParent().getParent().layout(true, true);
	}

	/** A line under the buttons (what was done, or why not); no room taken when there is nothing to say. */
	private void showStatus(String text) {
		status.setText(text);
		Layouts.shown(status, !text.isEmpty());
		status.getParent().getParent().layout(true, true);
	}

	private void showError(String message) {
		MessageDialog.openError(Shells.parent(), Messages.ReportsPart_errorTitle, message);
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		cancel();
		if (previewFile != null) {
			previewFile.toFile().delete();
		}
	}
}
