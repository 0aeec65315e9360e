// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.excel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.core.files.FileNames;
import hn.siempleo.core.files.OutputRefusedException;
import hn.siempleo.core.files.OutputTargets;
import hn.siempleo.plan.io.ActionFormats;
import hn.siempleo.ui.FileDialogs;

/** Which XLSX file a command works on: the one given as its parameter, else one the planner picks. */
final class ExcelFiles {

	private static final String XLSX = "xlsx"; //$NON-NLS-1$

	private ExcelFiles() {
	}

	/**
	 * The file to write, confirming replacement of an existing one; null when the planner cancels or the file is
	 * a model (never written over: said in a dialog).
	 */
	static Path chooseForSave(Shell shell, String given, String planCode, Path modelFile, LocalDate today) {
		if (given != null && !given.isBlank()) {
			Path file = Path.of(given);
			try {
				OutputTargets.check(file, modelFile);
			} catch (OutputRefusedException e) {
				MessageDialog.openError(shell, Messages.ExcelFiles_saveTitle, e.getMessage());
				return null;
			}
			return file;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ExcelFiles_saveTitle);
		List<String> extensions = filters(dialog, ActionFormats.Format::canExport);
		dialog.setFileName(NLS.bind(Messages.ExcelFiles_defaultName, planCode == null ? "" : planCode, today));
		String chosen = FileDialogs.open(dialog);
		if (chosen == null) {
			return null;
		}
		int index = dialog.getFilterIndex();
		Path file = Path.of(FileNames.withExtension(chosen, index > 0 && index < extensions.size() ? extensions.get(index) : XLSX));
		try {
			OutputTargets.check(file, modelFile);
		} catch (OutputRefusedException e) {
			MessageDialog.openError(shell, Messages.ExcelFiles_saveTitle, e.getMessage());
			return null;
		}
		if (Files.exists(file) && !MessageDialog.openQuestion(shell, Messages.ExcelFiles_saveTitle,
				NLS.bind(Messages.ExcelFiles_replace, file.getFileName()))) {
			return null;
		}
		return file;
	}

	/** The file to read; null when the planner cancels. */
	static Path chooseForOpen(Shell shell, String given) {
		if (given != null && !given.isBlank()) {
			return Path.of(given);
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.ExcelFiles_openTitle);
		filters(dialog, ActionFormats.Format::canImport);
		String chosen = FileDialogs.open(dialog);
		return chosen == null ? null : Path.of(chosen);
	}

	/** Excel first, then the formats plug-ins contribute (hn.siempleo.plan.io.formats); returns the extensions. */
	private static List<String> filters(FileDialog dialog, Predicate<ActionFormats.Format> offered) {
		List<String> extensions = new ArrayList<>(List.of(XLSX));
		List<String> names = new ArrayList<>(List.of(Messages.ExcelFiles_filterName));
		for (ActionFormats.Format format : ActionFormats.all()) {
			if (offered.test(format)) {
				extensions.add(format.extension());
				names.add(format.name() + " (*." + format.extension() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		dialog.setFilterExtensions(extensions.stream().map(e -> "*." + e).toArray(String[]::new)); //$NON-NLS-1$
		dialog.setFilterNames(names.toArray(String[]::new));
		return extensions;
	}
}
