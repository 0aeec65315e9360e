// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.Office;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.text.Formats;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlans;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.TableDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * The shared plan in the workbench, against the throwaway server: Archivo &gt; Publicar en servidor… and Abrir plan
 * compartido…, what an office role may not change greyed out with the reason (Propiedades and the tracker), and
 * the dialog of a conflict with the values that were not saved; Inicio's line about progress reports its figures
 * include that wait for the centre's approval.
 */
@ExtendWith({ TestServer.class, ScreenshotOnFailure.class })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedPlanUiTest {

	private static final String OFFICE = "OF-01";
	private static final String TRACKER = "hn.siempleo.plan.ui.tracker";
	private static final String INICIO = "hn.siempleo.ui.dashboard.inicio";
	private static SharedPlanFixture plan;
	private final UiKit ui = UiKit.forWorkbench();

	@BeforeAll
	static void publish() throws Exception {
		plan = SharedPlanFixture.shippedPlan();
	}

	private ModelSession session() {
		return ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
	}

	/** Fills the connection dialog (the password typed, not remembered). */
	private void connect(ShellDriver dialog, String database, String role) {
		dialog.text("connect.host").type("127.0.0.1");
		dialog.text("connect.port").type(String.valueOf(TestServer.get().port()));
		dialog.text("connect.database").type(database);
		dialog.text("connect.user").type(role);
		dialog.text("connect.password").type(TestServer.PASSWORD);
	}

	@Test
	@Order(1)
	void publicarEnServidorUploadsTheOpenModelAsANewPlan() throws Exception {
		ModelSession session = session();
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		List<String> codes = ui.call(() -> session.current().workspace().getOffices().stream().map(Office::getCode).toList());
		String database = TestServer.get().newDatabase(plan.store(), codes);

		ui.workbenchShell().menu("Archivo", "Publicar en servidor…");
		ShellDriver dialog = ui.shell("Publicar en servidor");
		connect(dialog, database, "central");
		Combo name = dialog.byId(Combo.class, "connect.plan");
		ui.run(() -> name.setText("Plan publicado desde el banco"));
		snap(dialog, "plan-compartido-publicar.png");
		dialog.button("Publicar").click();
		ui.waitUntilClosed(dialog);

		ShellDriver done = ui.shell("Publicar en servidor");
		assertTrue(done.labelContaining("El plan «Plan publicado desde el banco» se publicó en").text().contains(database));
		done.button("Aceptar").click();
		ui.waitUntilClosed(done);
		ServerAddress central = TestServer.get().as(database, "central");
		List<String> plans = plan.store().list(central).stream().map(SharedPlans.PlanInfo::name).toList();
		assertEquals(List.of("Plan publicado desde el banco"), plans);
		OpenModel published = plan.models().open(central.planLocation("Plan publicado desde el banco"), null);
		assertEquals(ui.call(() -> session.current().workspace().getPlans().get(0).getActions().size()),
				published.workspace().getPlans().get(0).getActions().size());
		plan.models().close(published);
	}

	@Test
	@Order(2)
	void anOfficeRoleSeesOtherOfficesActionsGreyedOutWithTheReason() throws Exception {
		openAs(TestServer.officeRole(OFFICE));
		OpenModel model = ui.call(() -> session().current());
		Action foreign = ui.call(() -> actions(model).stream()
				.filter(a -> !a.getOffices().isEmpty() && a.getOffices().stream().noneMatch(o -> OFFICE.equals(o.getCode())))
				.findFirst().orElseThrow());
		Action own = ui.call(() -> actions(model).stream()
				.filter(a -> a.getOffices().stream().anyMatch(o -> OFFICE.equals(o.getCode()))).findFirst().orElseThrow());
		String foreignOffice = ui.call(() -> foreign.getOffices().get(0).getCode());

		// Propiedades: read-only fields and the reason above them
		ShellDriver window = ui.workbenchShell();
		show(WorkbenchIds.VIEW_PROPERTIES);
		ui.run(() -> session().showElement(foreign));
		ui.waitUntil("la razón de solo lectura en Propiedades", () -> window.hasId("details.readOnly"));
		String reason = window.label("details.readOnly").text();
		assertTrue(reason.startsWith("Solo lectura: Acción " + ui.call(foreign::getCode)) && reason.contains(foreignOffice)
				&& reason.contains("la oficina " + OFFICE), reason);
		Text field = window.byId(Text.class, "details.responsiblePerson");
		assertTrue(ui.call(() -> (field.getStyle() & SWT.READ_ONLY) != 0), "the field cannot be typed in");
		assertEquals(reason, ui.call(field::getToolTipText));

		ui.run(() -> session().showElement(own));
		ui.waitUntil("la acción propia en Propiedades", () -> window.label("details.header.label").text().contains(own.getCode()));
		assertFalse(window.hasId("details.readOnly"), "no reason for its own office's action");
		Text ownField = window.byId(Text.class, "details.responsiblePerson");
		assertTrue(ui.call(() -> (ownField.getStyle() & SWT.READ_ONLY) == 0), "its own action's field is editable");

		// the tracker: greyed, not editable, the reason under the grid for the selected row
		show(TRACKER);
		NatTableDriver grid = window.natTable("tracker.grid");
		ui.waitUntil("las acciones en el seguimiento", () -> grid.rowCount() > 0);
		int foreignRow = grid.rowWhere("Código", foreign.getCode());
		assertTrue(grid.labels(foreignRow, "Responsable").contains("READ_ONLY"), grid.labels(foreignRow, "Responsable").toString());
		assertFalse(grid.labels(foreignRow, "Responsable").contains("EDITABLE"));
		int ownRow = grid.rowWhere("Código", own.getCode());
		assertTrue(grid.labels(ownRow, "Responsable").contains("EDITABLE"));
		assertFalse(grid.labels(ownRow, "Responsable").contains("READ_ONLY"));
		grid.selectCell(foreignRow, "Código");
		ui.waitUntil("la razón bajo la tabla", () -> window.hasId("tracker.readOnly")
				&& window.label("tracker.readOnly").text().equals(reason));
		ui.waitUntil("Propiedades sigue a la tabla", () -> window.hasId("details.readOnly"));
		snap(window, "plan-compartido-solo-lectura.png");
		grid.selectCell(grid.rowWhere("Código", own.getCode()), "Código");
		ui.waitUntil("sin razón para la acción propia", () -> !window.hasId("tracker.readOnly"));
	}

	@Test
	@Order(3)
	void aConflictIsExplainedWithTheValuesThatWereNotSaved() throws Exception {
		OpenModel model = ui.call(() -> session().current());
		if (model == null || !ServerAddress.SCHEME.equals(model.location().scheme())) {
			openAs(TestServer.officeRole(OFFICE));
			model = ui.call(() -> session().current());
		}
		OpenModel workbenchModel = model;
		Action mine = ui.call(() -> actions(workbenchModel).stream()
				.filter(a -> a.getOffices().stream().anyMatch(o -> OFFICE.equals(o.getCode()))).skip(1).findFirst().orElseThrow());
		OpenModel other = plan.open("central");
		Action theirs = SharedPlanFixture.byId(other, mine.getId(), Action.class);
		// the other session writes first, and this one edits before any notification is pulled (same UI turn)
		ui.post(() -> {
			SharedPlanFixture.set(other, theirs, SiempleoPackage.eINSTANCE.getAction_ResponsiblePerson(), "Valor del servidor");
			workbenchModel.commandStack().execute(SetCommand.create(workbenchModel.editingDomain(), mine,
					SiempleoPackage.eINSTANCE.getAction_ResponsiblePerson(), "Valor escrito aquí"));
		});
		ShellDriver dialog = ui.shell("Cambio no guardado");
		String message = dialog.labelContaining("No se guardó").text();
		snap(dialog, "plan-compartido-conflicto.png");
		assertTrue(message.startsWith("No se guardó «Cambiar Persona responsable» porque otra persona cambió lo mismo antes"), message);
		assertTrue(message.contains("central cambió Acción " + mine.getCode()), message);
		assertTrue(message.contains("(campos: Persona responsable)"), message);
		assertTrue(message.contains("Sus valores no guardados: Acción " + mine.getCode() + ", Persona responsable = Valor escrito aquí"),
				message);
		dialog.button("Aceptar").click();
		ui.waitUntilClosed(dialog);
		ui.waitUntil("el valor del servidor en el modelo", () -> "Valor del servidor".equals(mine.getResponsiblePerson()));
		assertFalse(ui.call(() -> workbenchModel.commandStack().canUndo()), "the rejected command left the history");
		plan.models().close(other);
	}

	@Test
	@Order(4)
	void historialListsTheChangesOfTheSelectedActionAndSaysWhoMayChangeIt() throws Exception {
		OpenModel model = ui.call(() -> session().current());
		if (model == null || !ServerAddress.SCHEME.equals(model.location().scheme())) {
			openAs(TestServer.officeRole(OFFICE));
			model = ui.call(() -> session().current());
		}
		OpenModel workbenchModel = model;
		Action mine = ui.call(() -> actions(workbenchModel).stream()
				.filter(a -> a.getOffices().stream().anyMatch(o -> OFFICE.equals(o.getCode()))).findFirst().orElseThrow());
		ui.run(() -> workbenchModel.commandStack().execute(SetCommand.create(workbenchModel.editingDomain(), mine,
				SiempleoPackage.eINSTANCE.getAction_ResponsiblePerson(), "Rosa Lagos")));
		ShellDriver window = ui.workbenchShell();
		show("hn.siempleo.store.pg.ui.history");
		show(TRACKER); // the selection comes from the active part
		NatTableDriver grid = window.natTable("tracker.grid");
		grid.selectCell(grid.rowWhere("Código", mine.getCode()), "Código");
		org.eclipse.swt.widgets.Table table = window.byId(org.eclipse.swt.widgets.Table.class, "history.table");
		String role = TestServer.officeRole(OFFICE);
		ui.waitUntil("el cambio en el historial", () -> table.getItemCount() > 0
				&& table.getItem(0).getText(1).equals(role) && table.getItem(0).getText(5).equals("Rosa Lagos"));
		assertEquals("Persona responsable", ui.call(() -> table.getItem(0).getText(3)), "the field in the user's words");
		assertEquals(OFFICE, ui.call(() -> table.getItem(0).getText(2)), "the office of who changed it");
		assertEquals("Puede cambiar este elemento.", window.label("history.rights").text());
		show("hn.siempleo.store.pg.ui.history");
		snap(window, "plan-compartido-historial.png");
	}

	@Test
	@Order(5)
	void aCentralRoleApprovesAProgressReportAndHistorialSaysWhoAndWhen() throws Exception {
		openAs("central");
		OpenModel model = ui.call(() -> session().current());
		ProgressReport report = ui.call(() -> actions(model).stream().flatMap(a -> a.getProgressReports().stream())
				.findFirst().orElseThrow());
		ShellDriver window = ui.workbenchShell();
		show("hn.siempleo.store.pg.ui.history");
		ui.run(() -> session().showElement(report)); // Historial follows what others ask to show, as Propiedades does
		ui.waitUntil("el informe sin aprobar en Historial", () -> window.hasId("history.approval")
				&& window.label("history.approval").text().startsWith("Sin aprobar"));
		assertTrue(window.buttonById("history.approve").isEnabled(), "a central role may approve");
		window.buttonById("history.approve").click();
		ui.waitUntil("el informe aprobado", () -> window.label("history.approval").text().startsWith("Aprobado por central el "));
		assertFalse(window.buttonById("history.approve").isEnabled(), "approved once");
		show("hn.siempleo.store.pg.ui.history");
		snap(window, "plan-compartido-aprobacion.png");
		try (java.sql.Connection c = TestServer.get().connect(plan.database());
				java.sql.PreparedStatement st = c.prepareStatement("SELECT approved_by FROM siempleo.progress_reports WHERE id = ?::uuid")) {
			st.setString(1, report.getId());
			try (java.sql.ResultSet rs = st.executeQuery()) {
				assertTrue(rs.next());
				assertEquals("central", rs.getString(1));
			}
		}
	}

	@Test
	@Order(6)
	void whenTheCentreRequiresApprovalAnUnapprovedReportIsPendingAndOfficesCannotSwitchItOff() throws Exception {
		OpenModel model = ui.call(() -> session().current());
		if (model == null || !"central".equals(ServerAddress.ofPlan(model.location()).user())) {
			openAs("central");
			model = ui.call(() -> session().current());
		}
		OpenModel central = model;
		List<ProgressReport> reports = ui.call(() -> actions(central).stream()
				.filter(a -> a.getOffices().stream().anyMatch(o -> OFFICE.equals(o.getCode())))
				.flatMap(a -> a.getProgressReports().stream()).toList());
		ProgressReport report = reports.get(reports.size() - 1);
		ShellDriver window = ui.workbenchShell();
		show("hn.siempleo.store.pg.ui.history");
		ui.run(() -> session().showElement(report));
		ui.waitUntil("el informe sin aprobar", () -> window.hasId("history.approval")
				&& window.label("history.approval").text().startsWith("Sin aprobar"));
		assertFalse(window.buttonById("history.approvalRequired").isSelected());
		window.buttonById("history.approvalRequired").click();
		ui.waitUntil("el informe pendiente de aprobación", () -> window.label("history.approval").text()
				.startsWith("Pendiente de aprobación"));
		assertTrue(plan.store().approvalRequired(plan.address("central"), plan.planName()), "switched on the server");
		assertTrue(window.buttonById("history.approvalRequired").isSelected());

		String id = ui.call(report::getId);
		openAs(TestServer.officeRole(OFFICE));
		OpenModel office = ui.call(() -> session().current());
		ProgressReport inOffice = SharedPlanFixture.byId(office, id, ProgressReport.class);
		show("hn.siempleo.store.pg.ui.history");
		ui.run(() -> session().showElement(inOffice));
		ui.waitUntil("pendiente de aprobación para la oficina", () -> window.hasId("history.approval")
				&& window.label("history.approval").text().startsWith("Pendiente de aprobación"));
		assertTrue(window.buttonById("history.approvalRequired").isSelected());
		assertFalse(window.buttonById("history.approvalRequired").isEnabled(), "an office role cannot switch it");
		assertFalse(window.buttonById("history.approve").isEnabled(), "nor approve");
		org.eclipse.swt.widgets.Label pending = window.byId(org.eclipse.swt.widgets.Label.class, "history.approval");
		assertTrue(ui.call(() -> pending.isVisible() && pending.getSize().x > 50 && pending.getSize().y > 5),
				"the pending line can be read: " + ui.call(pending::getSize));
		snap(window, "plan-compartido-pendiente.png");

		// the tracker's Avances… says the same for the action's reports
		Action owner = (Action) ui.call(inOffice::eContainer);
		show(TRACKER);
		NatTableDriver grid = window.natTable("tracker.grid");
		ui.waitUntil("las acciones en el seguimiento", () -> grid.rowCount() > 0);
		grid.selectCell(grid.rowWhere("Código", ui.call(owner::getCode)), "Título");
		window.buttonById("tracker.progress").click();
		ShellDriver avances = ui.shell("Avances de " + ui.call(owner::getCode));
		TableDriver history = avances.table("progress.history");
		String date = ui.call(() -> Formats.date(inOffice.getDate()));
		List<String> dates = history.column(0);
		List<String> states = history.column(3);
		assertTrue(java.util.stream.IntStream.range(0, dates.size())
				.anyMatch(i -> dates.get(i).equals(date) && states.get(i).equals("Pendiente de aprobación")),
				dates + " " + states);
		snap(avances, "plan-compartido-avances-pendientes.png");
		avances.button("Cerrar").click();
		ui.waitUntilClosed(avances);
		plan.store().setApprovalRequired(plan.address("central"), plan.planName(), false);
	}

	@Test
	@Order(7)
	void guardarCopiaLocalWritesAFileTheFileStoreOpensWithTheSameContent() throws Exception {
		OpenModel model = ui.call(() -> session().current());
		if (model == null || !ServerAddress.SCHEME.equals(model.location().scheme())) {
			openAs("central");
			model = ui.call(() -> session().current());
		}
		OpenModel shared = model;
		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("siempleo-copia").resolve("copia.siempleo");
		ui.post(() -> {
			org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
			org.eclipse.ui.handlers.IHandlerService handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
			try {
				handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand.generateCommand(
						commands.getCommand("hn.siempleo.store.pg.ui.saveLocalCopy"),
						java.util.Map.of(SaveLocalCopyParameter.FILE, file.toString())), null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		ShellDriver done = ui.shell("Guardar copia local");
		assertTrue(done.labelContaining("Copia guardada en").text().contains(file.toString()));
		done.button("Aceptar").click();
		ui.waitUntilClosed(done);
		assertTrue(java.nio.file.Files.size(file) > 100_000, "the whole plan is in the file");
		OpenModel copy = plan.models().open(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), null);
		try {
			assertEquals("file", copy.location().scheme(), "opened by the file store");
			assertTrue(ui.call(() -> org.eclipse.emf.ecore.util.EcoreUtil.equals(shared.workspace(), copy.workspace())),
					"the local copy has the same content as the open shared plan");
			assertEquals(ServerAddress.SCHEME, ui.call(() -> session().current().location().scheme()), "the shared plan stays open");
		} finally {
			plan.models().close(copy);
		}
	}

	@Test
	@Order(8)
	void cambiosPorOficinaYPeriodoListsAnOfficesChangesWithCountsPerOffice() throws Exception {
		OpenModel model = ui.call(() -> session().current());
		if (model == null || !ServerAddress.SCHEME.equals(model.location().scheme())) {
			openAs("central");
		}
		ui.workbenchShell().menu("Archivo", "Cambios por oficina y período…");
		ShellDriver dialog = ui.shell("Cambios por oficina y período");
		Combo office = dialog.byId(Combo.class, "changes.office");
		ui.run(() -> {
			for (int i = 0; i < office.getItemCount(); i++) {
				if (office.getItem(i).startsWith(OFFICE + " ")) {
					office.select(i);
				}
			}
		});
		String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		dialog.text("changes.from").type(today);
		dialog.text("changes.to").type(today);
		dialog.buttonById("changes.query").click();
		org.eclipse.swt.widgets.Table table = dialog.byId(org.eclipse.swt.widgets.Table.class, "changes.table");
		String role = TestServer.officeRole(OFFICE);
		ui.waitUntil("los cambios de la oficina", () -> table.getItemCount() > 0);
		ui.run(() -> {
			boolean rosa = false;
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				assertEquals(role, item.getText(1), "only the office's changes");
				assertEquals(OFFICE, item.getText(2));
				rosa |= "Persona responsable".equals(item.getText(4)) && "Rosa Lagos".equals(item.getText(6));
			}
			assertTrue(rosa, "the change made in Historial's test, in the user's words");
		});
		int rows = ui.call(table::getItemCount);
		assertEquals(rows + " cambios. Por oficina: " + OFFICE + ": " + rows + ".", dialog.label("changes.counts").text());
		List<SharedPlans.Change> cli = plan.store().changes(plan.address("central"), plan.planName(), OFFICE,
				java.time.LocalDate.now().atStartOfDay(java.time.ZoneId.systemDefault()).toOffsetDateTime(),
				java.time.LocalDate.now().plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()).toOffsetDateTime());
		assertEquals(cli.size(), rows, "the same query as ./siempleo store changes");

		ui.run(() -> office.select(0));
		dialog.buttonById("changes.query").click();
		ui.waitUntil("los cambios de todas las oficinas", () -> dialog.label("changes.counts").text().contains("central: "));
		assertTrue(dialog.label("changes.counts").text().contains(OFFICE + ": " + rows), dialog.label("changes.counts").text());
		ui.run(() -> {
			int created = 0;
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				for (int column : new int[] { 5, 6 }) {
					String value = item.getText(column);
					assertFalse(value.startsWith("{") || value.equals("null"), "a value in the user's words: " + value);
				}
				if ("(creado)".equals(item.getText(4)) && item.getText(3).startsWith("Acción ")) {
					created++;
					assertFalse(item.getText(6).isBlank(), "a created action is named");
				}
			}
			assertTrue(created > 0, "the publication's created actions are listed");
		});
		snap(dialog, "plan-compartido-cambios.png");
		dialog.button("Cerrar").click();
		ui.waitUntilClosed(dialog);
	}

	@Test
	@Order(9)
	void inicioSaysItsFiguresIncludeAnOfficesProgressReportPendingApprovalUntilTheCentreApprovesIt() throws Exception {
		// the centre requires approval and has approved every report so far
		plan.store().setApprovalRequired(plan.address("central"), plan.planName(), true);
		try (java.sql.Connection c = TestServer.get().connect(plan.database(), "central");
				java.sql.Statement st = c.createStatement()) {
			st.executeUpdate("INSERT INTO siempleo.approval (report_id, report_version) SELECT id, version"
					+ " FROM siempleo.progress_reports WHERE approved_by IS NULL ON CONFLICT DO NOTHING");
			try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM siempleo.progress_reports WHERE approval_pending")) {
				assertTrue(rs.next());
				assertEquals(0, rs.getInt(1), "no report waits before the office records one");
			}
		}
		openAs(TestServer.officeRole(OFFICE));
		OpenModel office = ui.call(() -> session().current());
		ShellDriver window = ui.workbenchShell();
		show(INICIO);
		String line = "inicio.pendingReviews";
		assertFalse(window.hasId(line), "no line while nothing waits");

		// the office records progress on its own action in the tracker's Avances…: the figures count it at once
		Action own = ui.call(() -> actions(office).stream()
				.filter(a -> a.getOffices().stream().anyMatch(o -> OFFICE.equals(o.getCode())) && a.getProgress() < 100)
				.findFirst().orElseThrow());
		String code = ui.call(own::getCode);
		List<ProgressReport> before = ui.call(() -> List.copyOf(own.getProgressReports()));
		show(TRACKER);
		NatTableDriver grid = window.natTable("tracker.grid");
		ui.waitUntil("las acciones en el seguimiento", () -> grid.rowCount() > 0);
		grid.selectCell(grid.rowWhere("Código", code), "Título");
		window.buttonById("tracker.progress").click();
		ShellDriver avances = ui.shell("Avances de " + code);
		org.eclipse.swt.widgets.Spinner percent = avances.byId(org.eclipse.swt.widgets.Spinner.class, "progress.percent");
		int progress = ui.call(() -> Math.min(100, own.getProgress() + 10));
		ui.run(() -> percent.setSelection(progress));
		avances.text("progress.note").type("Avance de la oficina, sin aprobar");
		avances.button("Registrar avance").click();
		ui.waitUntil("el avance registrado", () -> own.getProgressReports().size() == before.size() + 1);
		avances.button("Cerrar").click();
		ui.waitUntilClosed(avances);
		assertEquals(progress, (int) ui.call(own::getProgress), "the action's progress changed before any approval");
		ProgressReport recorded = ui.call(() -> own.getProgressReports().stream().filter(r -> !before.contains(r))
				.findFirst().orElseThrow());

		String expected = "Las cifras incluyen 1 informe de avance pendiente de aprobación (acción " + code + ").";
		show(INICIO);
		ui.waitUntil("la línea de informes pendientes en Inicio",
				() -> window.hasId(line) && window.label(line).text().equals(expected));
		org.eclipse.swt.widgets.Label shown = window.byId(org.eclipse.swt.widgets.Label.class, line);
		assertTrue(ui.call(() -> shown.getSize().x > 50 && shown.getSize().y > 5), "the line can be read: " + ui.call(shown::getSize));

		// the central planner reads the same line, approves the report in Historial, and the line goes
		String id = ui.call(recorded::getId);
		openAs("central");
		OpenModel central = ui.call(() -> session().current());
		show(INICIO);
		ui.waitUntil("la línea para el rol central", () -> window.hasId(line) && window.label(line).text().equals(expected));
		snap(window, "plan-compartido-inicio-pendientes.png");
		ProgressReport inCentral = SharedPlanFixture.byId(central, id, ProgressReport.class);
		show("hn.siempleo.store.pg.ui.history");
		ui.run(() -> session().showElement(inCentral));
		ui.waitUntil("el informe pendiente en Historial", () -> window.hasId("history.approval")
				&& window.label("history.approval").text().startsWith("Pendiente de aprobación"));
		window.buttonById("history.approve").click();
		ui.waitUntil("el informe aprobado", () -> window.label("history.approval").text().startsWith("Aprobado por central el "));
		show(INICIO);
		ui.waitUntil("sin línea de informes pendientes una vez aprobado", () -> !window.hasId(line));
		plan.store().setApprovalRequired(plan.address("central"), plan.planName(), false);
	}

	/** The id of the file parameter of Guardar copia local… (SaveLocalCopyHandler.FILE_PARAMETER, in the UI bundle). */
	private static final class SaveLocalCopyParameter {
		static final String FILE = "hn.siempleo.store.pg.ui.file";
	}

	/** Saves a picture of a window for the documentation (target/screenshots/, copied to docs/). */
	private void snap(ShellDriver shell, String name) {
		java.nio.file.Path folder = ScreenshotOnFailure.outputFolder().resolve("screenshots");
		ui.run(() -> {
			while (shell.widget().getDisplay().readAndDispatch()) {
				// let it paint
			}
			org.eclipse.swt.graphics.Rectangle bounds = shell.widget().getBounds();
			org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.widget().getDisplay(), bounds.width,
					bounds.height);
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.widget().getDisplay());
			try {
				java.nio.file.Files.createDirectories(folder);
				gc.copyArea(image, bounds.x, bounds.y);
				org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
				loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
				loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	private void openAs(String role) {
		OpenModel before = ui.call(() -> session().current());
		ui.workbenchShell().menu("Archivo", "Abrir plan compartido…");
		ShellDriver dialog = ui.shell("Abrir plan compartido");
		connect(dialog, plan.database(), role);
		dialog.buttonById("connect.list").click();
		ui.waitUntil("el plan en la lista", () -> dialog.combo("connect.plan").items().contains(plan.planName()));
		dialog.combo("connect.plan").select(plan.planName());
		snap(dialog, "plan-compartido-abrir.png");
		dialog.button("Abrir").click();
		ui.waitUntilClosed(dialog);
		ui.waitUntil("el plan compartido abierto como " + role, () -> {
			OpenModel current = session().current();
			return current != null && current != before && ServerAddress.SCHEME.equals(current.location().scheme())
					&& role.equals(ServerAddress.ofPlan(current.location()).user());
		}, Duration.ofSeconds(60));
	}

	private void show(String view) {
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(view);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static List<Action> actions(OpenModel model) {
		return model.workspace().getPlans().get(0).getActions();
	}
}
