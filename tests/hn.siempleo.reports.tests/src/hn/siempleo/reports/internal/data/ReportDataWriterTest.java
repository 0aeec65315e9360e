// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.reports.ReportFixture;

/** The report-data XML: the model's figures, and the sample shipped beside the designs kept up to date. */
class ReportDataWriterTest {

	@TempDir
	Path folder;

	private Workspace model;
	private String xml;
	private Document document;

	@BeforeEach
	void write() throws Exception {
		model = ReportFixture.shippedModel(folder).workspace();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ReportDataWriter(ReportFixture.AS_OF).write(model, out);
		xml = out.toString(StandardCharsets.UTF_8);
		document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(out.toByteArray()));
	}

	private double number(String expression) throws Exception {
		XPath xpath = XPathFactory.newInstance().newXPath();
		return (Double) xpath.evaluate(expression, document, XPathConstants.NUMBER);
	}

	private int rows(String path) throws Exception {
		XPath xpath = XPathFactory.newInstance().newXPath();
		return ((NodeList) xpath.evaluate(path, document, XPathConstants.NODESET)).getLength();
	}

	@Test
	void theRowsAndTotalsAreTheModels() throws Exception {
		PlanFigures figures = PlanFigures.of(model.getPlans().get(0), ReportFixture.AS_OF);
		assertEquals(83, rows("/siempleo-report/actions/action"));
		assertEquals(17, rows("/siempleo-report/offices/office"));
		assertEquals(150, rows("/siempleo-report/referrals/referral"));
		assertEquals(17, rows("/siempleo-report/assessments/assessment"));
		assertEquals(figures.budgetTotal(), BigDecimal.valueOf(number("sum(/siempleo-report/budgetLines/line/@amount)"))
				.setScale(2));
		assertEquals(figures.budgetTotal(), new BigDecimal(
				(String) XPathFactory.newInstance().newXPath().evaluate("/siempleo-report/plans/plan/@budgetTotal", document)));
		assertEquals(figures.overdue(), rows("/siempleo-report/actions/action[@overdue='true']"));
		assertEquals(figures.byAxis().get("EJE1"), (int) number("/siempleo-report/axes/axis[@code='EJE1']/@actionCount"));
		assertEquals(figures.actionCount(), (int) number("sum(/siempleo-report/lights/light/@count)"));
	}

	@Test
	void derivedValuesAndLabelsAreInSpanish() throws Exception {
		assertTrue(xml.contains("resourceTypeLabel=\"Presupuesto adicional\""), "labels in Spanish");
		assertTrue(xml.contains("department=\"Francisco Morazán\""), "accents survive");
		assertTrue(xml.contains("flow=\"SETRASS a INFOP\""));
	}

	@Test
	void theSampleBesideTheDesignsIsCurrent() throws Exception {
		String shipped;
		try (InputStream in = FrameworkUtil.getBundle(ReportDataWriter.class).getEntry("designs/sample-report-data.xml")
				.openStream()) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (!shipped.equals(xml)) {
			Path fresh = ReportFixture.outputFolder().resolve("sample-report-data.xml");
			Files.writeString(fresh, xml, StandardCharsets.UTF_8);
			assertEquals(shipped, xml, "designs/sample-report-data.xml is out of date: copy " + fresh + " over it");
		}
	}
}
