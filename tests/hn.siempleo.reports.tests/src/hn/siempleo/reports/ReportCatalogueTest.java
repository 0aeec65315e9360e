// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.model.Workspace;

/** The catalogue read from the extension point, the choices the model offers, and the schema's example. */
class ReportCatalogueTest {

	@TempDir
	Path folder;

	@Test
	void theSixShippedDesignsAreContributedInSpanish() {
		List<ReportDesign> designs = ReportFixture.reports().designs();
		assertEquals(ShippedDesignsRenderTest.SHIPPED, designs.stream().map(ReportDesign::id).toList());
		ReportDesign budget = ReportFixture.reports().design("budget").orElseThrow();
		assertEquals("Solicitud de presupuesto", budget.name());
		assertEquals("hn.siempleo.reports", budget.contributor());
		ReportParameter year = budget.parameter("budgetYear").orElseThrow();
		assertEquals("Año presupuestario", year.label());
		assertEquals(ParameterType.INTEGER, year.type());
		assertEquals(ChoiceSource.BUDGET_YEARS, year.choiceSource());
		assertEquals("", year.defaultValue());
	}

	@Test
	void choicesComeFromTheModel() throws Exception {
		Workspace model = ReportFixture.shippedModel(folder).workspace();
		ReportService reports = ReportFixture.reports();
		ReportParameter axis = reports.design("plan").orElseThrow().parameter("axis").orElseThrow();
		List<Choice> axes = reports.choices(axis, model);
		assertEquals(List.of("", "EJE1", "EJE2", "EJE3"), axes.stream().map(Choice::value).toList());
		assertEquals("(todos)", axes.get(0).label());
		ReportParameter office = reports.design("coverage").orElseThrow().parameter("office").orElseThrow();
		assertEquals(1 + 17, reports.choices(office, model).size());
		ReportParameter period = reports.design("referrals").orElseThrow().parameter("period").orElseThrow();
		List<String> periods = reports.choices(period, model).stream().map(Choice::value).toList();
		assertTrue(periods.contains("2024") && periods.contains("2026-T3"), periods.toString());
		ReportParameter year = reports.design("budget").orElseThrow().parameter("budgetYear").orElseThrow();
		assertEquals(List.of("", "2025"), reports.choices(year, model).stream().map(Choice::value).toList());
	}

	@Test
	void theSchemaExampleIsTheRealContribution() throws Exception {
		Bundle bundle = FrameworkUtil.getBundle(ReportService.class);
		String schema = read(bundle, "schema/designs.exsd");
		String plugin = read(bundle, "plugin.xml");
		int start = schema.indexOf("&lt;design id=&quot;plan&quot;");
		int end = schema.indexOf("&lt;/design&gt;", start);
		String example = unescape(schema.substring(start, end));
		String contribution = plugin.substring(plugin.indexOf("<design id=\"plan\""), plugin.indexOf("</design>"));
		assertEquals(normalize(contribution), normalize(example));
	}

	private static String read(Bundle bundle, String path) throws Exception {
		try (InputStream in = bundle.getEntry(path).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String unescape(String xml) {
		return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
	}

	private static String normalize(String xml) {
		return xml.replaceAll("\\s+", " ").strip();
	}
}
