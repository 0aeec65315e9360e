// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.template.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.core.internal.store.XmiFileStore;
import hn.siempleo.institution.template.ServicePoint;
import hn.siempleo.institution.template.ServicePointList;
import hn.siempleo.institution.template.TemplateFactory;
import hn.siempleo.model.Action;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.text.Validation;
import hn.siempleo.model.validation.ContributedRules;
import hn.siempleo.plan.io.ActionFormats;

/** The template plug-in works as documented: its model extension, its rule and its file format. */
class TemplatePluginTest {

	@TempDir
	Path folder;

	private Workspace shipped() throws Exception {
		Path file = folder.resolve("modelo.siempleo");
		try (InputStream in = FrameworkUtil.getBundle(XmiFileStore.class).getEntry("data/si-empleo-2024.siempleo").openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return (Workspace) new XmiFileStore().load(URI.createFileURI(file.toString()), new ResourceSetImpl(),
				new NullProgressMonitor()).getContents().get(0);
	}

	@Test
	void theRuleFindsAServicePointOpenEightDays() throws Exception {
		Workspace workspace = shipped();
		ServicePointList list = TemplateFactory.eINSTANCE.createServicePointList();
		ServicePoint point = TemplateFactory.eINSTANCE.createServicePoint();
		point.setCode("PA-1");
		point.setName("Ventanilla móvil");
		point.setOffice(workspace.getOffices().get(0));
		point.setOpenDays(8);
		list.getPoints().add(point);
		workspace.eResource().getContents().add(list);
		List<Diagnostic> findings = Validation.validate(workspace).getChildren().stream()
				.filter(d -> "template.openDays".equals(ContributedRules.ruleId(d))).toList();
		assertEquals(1, findings.size());
		assertEquals(Diagnostic.ERROR, findings.get(0).getSeverity());
		assertTrue(findings.get(0).getMessage().contains("Ventanilla móvil"));
		point.setOpenDays(5);
		assertTrue(Validation.validate(workspace).getChildren().stream()
				.noneMatch(d -> "template.openDays".equals(ContributedRules.ruleId(d))));
	}

	@Test
	void theCsvFormatIsOfferedAndWritesTheActions() throws Exception {
		ActionFormats.Format format = ActionFormats.forFile(Path.of("acciones.CSV")).orElseThrow();
		assertEquals("template.csv", format.id());
		assertTrue(format.canExport());
		Workspace workspace = shipped();
		List<Action> actions = workspace.getPlans().get(0).getActions().subList(0, 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		format.create().export(actions, List.of(), LocalDate.of(2025, 1, 1), out);
		String csv = out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("\uFEFFCódigo;Acción\r\n"), csv);
		assertEquals(3, csv.split("\r\n").length);
		assertEquals("\"'=1+1\"", CsvFormat.cell("=1+1"));
		assertEquals("\"dice \"\"sí\"\"\"", CsvFormat.cell("dice \"sí\""));
	}
}
