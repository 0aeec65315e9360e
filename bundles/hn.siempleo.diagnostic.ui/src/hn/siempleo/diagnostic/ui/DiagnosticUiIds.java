// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui;

/** Identifiers of the diagnostic editor's part and commands, for perspectives, menus and code that opens them. */
public final class DiagnosticUiIds {

	/** The diagnostic editor: Resumen, Criterios, Brechas y acciones. */
	public static final String VIEW_EDITOR = "hn.siempleo.diagnostic.ui.editor"; //$NON-NLS-1$

	/** Abrir el editor del diagnóstico: the editor in the Diagnóstico perspective. */
	public static final String COMMAND_OPEN_EDITOR = "hn.siempleo.diagnostic.ui.commands.openEditor"; //$NON-NLS-1$

	/** Nuevo diagnóstico (national or one office). */
	public static final String COMMAND_NEW_SCAN = "hn.siempleo.diagnostic.ui.commands.newScan"; //$NON-NLS-1$

	/** Nuevo seguimiento of the diagnostic shown. */
	public static final String COMMAND_FOLLOW_UP = "hn.siempleo.diagnostic.ui.commands.followUp"; //$NON-NLS-1$

	/** Opens the criterion the selected action answers. */
	public static final String COMMAND_SHOW_CRITERION = "hn.siempleo.diagnostic.ui.commands.showCriterion"; //$NON-NLS-1$

	/** Exports the questionnaire of the diagnostic shown; optional {@link #FILE_PARAMETER}. */
	public static final String COMMAND_EXPORT = "hn.siempleo.diagnostic.ui.commands.exportQuestionnaire"; //$NON-NLS-1$

	/** Imports a filled questionnaire after a preview; optional {@link #FILE_PARAMETER}. */
	public static final String COMMAND_IMPORT = "hn.siempleo.diagnostic.ui.commands.importQuestionnaire"; //$NON-NLS-1$

	/** The file parameter of the Excel commands: a path; without it a file dialog asks for one. */
	public static final String FILE_PARAMETER = "hn.siempleo.diagnostic.ui.commands.file"; //$NON-NLS-1$

	private DiagnosticUiIds() {
	}
}
