// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/** Which report-data sections each data-file parameter of a design serves. */
class DataFilesTest {

	private static final String HEAD = "<report><list-property name=\"propertyBindings\">";
	private static final String SOURCES = "</list-property><data-sources>"
			+ source("Datos", 5) + source("Acciones", 9) + "</data-sources><data-sets>";

	@Test
	void thePlanReadsItsActionsFromAFileOfTheirOwn() throws Exception {
		Map<String, Optional<Set<String>>> files = DataFiles.of(design("plan"));
		assertEquals(Map.of("reportData", Optional.of(Set.of("axes", "lights")), "reportDataActions",
				Optional.of(Set.of("actions"))), files);
		assertEquals(List.of("reportData", "reportDataActions"), List.copyOf(files.keySet()));
	}

	@Test
	void aDesignWithOneDataSourceGetsOneSliceOfEverySectionItReads() throws Exception {
		for (String id : new String[] { "budget", "calendar", "coverage", "diagnostic", "referrals", "results" }) {
			String design = design(id);
			assertEquals(Map.of("reportData", DataSlices.sections(design)), DataFiles.of(design), id);
		}
	}

	@Test
	void twoSourcesBoundToTwoParametersGetTheSectionsOfTheirOwnDataSets() {
		String design = HEAD + binding(5, "reportData") + binding(9, "otro") + SOURCES
				+ dataSet("Datos", "/siempleo-report/axes/axis") + dataSet("Acciones", "/siempleo-report/actions/action")
				+ dataSet("Datos", "/siempleo-report") + "</data-sets></report>";
		assertEquals(Map.of("reportData", Optional.of(Set.of("axes")), "otro", Optional.of(Set.of("actions"))),
				DataFiles.of(design));
	}

	@Test
	void aParameterOtherThanReportDataStillLeavesReportDataSet() {
		String design = HEAD + binding(5, "uno") + binding(9, "dos") + SOURCES
				+ dataSet("Datos", "/siempleo-report/axes/axis") + dataSet("Acciones", "/siempleo-report/actions/action")
				+ "</data-sets></report>";
		assertEquals(Map.of("uno", Optional.of(Set.of("axes")), "dos", Optional.of(Set.of("actions")), "reportData",
				Optional.of(Set.of("axes", "actions"))), DataFiles.of(design));
	}

	@Test
	void thePlanSavedIndentedAsTheDesignerSavesReadsTheSame() throws Exception {
		String plan = design("plan");
		assertEquals(DataFiles.of(plan), DataFiles.of(plan.replace("><", ">\n\t\t<")));
	}

	@Test
	void aFileParameterNoDataSetReadsGetsTheReportDataAsItIs() {
		String design = HEAD + binding(5, "reportData") + binding(9, "dos") + binding(7, "tres") + SOURCES
				+ source("Nada", 7) + dataSet("Datos", "/siempleo-report/axes/axis")
				+ dataSet("Acciones", "/siempleo-report/actions/action") + "</data-sets></report>";
		assertEquals(Map.of("reportData", Optional.of(Set.of("axes")), "dos", Optional.of(Set.of("actions")), "tres",
				Optional.empty()), DataFiles.of(design));
	}

	@Test
	void anythingElseFallsBackToOneSliceInEveryFileParameter() {
		String sets = dataSet("Datos", "/siempleo-report/axes/axis") + dataSet("Acciones", "/siempleo-report/actions/action")
				+ "</data-sets></report>";
		Map<String, Optional<Set<String>>> single = Map.of("reportData", Optional.of(Set.of("axes", "actions")));
		// a source without a binding
		assertEquals(single, DataFiles.of(HEAD + binding(5, "reportData") + SOURCES + sets));
		// a source bound twice: every parameter named gets the one slice
		Optional<Set<String>> both = Optional.of(Set.of("axes", "actions"));
		assertEquals(Map.of("reportData", both, "otro", both, "dos", both), DataFiles.of(HEAD + binding(5, "reportData")
				+ binding(5, "otro") + binding(9, "dos") + SOURCES + sets));
		// a data set on a source that is not there
		Optional<Set<String>> three = Optional.of(Set.of("axes", "actions", "lights"));
		assertEquals(Map.of("reportData", three, "dos", three), DataFiles.of(HEAD + binding(5, "reportData")
				+ binding(9, "dos") + SOURCES + dataSet("Otra", "/siempleo-report/lights/light") + sets));
		// both sources bound to one parameter: one file
		assertEquals(single, DataFiles.of(HEAD + binding(5, "reportData") + binding(9, "reportData") + SOURCES + sets));
		// a binding written otherwise (an expression, not a parameter)
		assertEquals(Map.of("reportData", both, "dos", both), DataFiles.of(HEAD + binding(5, "reportData") + binding(9, "dos").replace("params[\"dos\"].value",
				"params[\"dos\"].value + \".xml\"") + SOURCES + sets));
		// a query outside the sections: the whole file, for every parameter
		assertEquals(Map.of("reportData", Optional.empty(), "dos", Optional.of(Set.of("actions"))),
				DataFiles.of(HEAD + binding(5, "reportData") + binding(9, "dos") + SOURCES + dataSet("Datos", "//axis") + sets));
	}

	private static String source(String name, int id) {
		return "<oda-data-source extensionID=\"org.eclipse.datatools.enablement.oda.xml\" name=\"" + name + "\" id=\"" + id
				+ "\"><property name=\"FILELIST\">sample-report-data.xml</property></oda-data-source>";
	}

	private static String binding(int id, String parameter) {
		return "<structure><property name=\"name\">FILELIST</property><property name=\"id\">" + id
				+ "</property><expression name=\"value\" type=\"javascript\">params[\"" + parameter
				+ "\"].value</expression></structure>";
	}

	private static String dataSet(String source, String rows) {
		return "<oda-data-set extensionID=\"org.eclipse.datatools.enablement.oda.xml.dataSet\" name=\"x\" id=\"1\">"
				+ "<property name=\"dataSource\">" + source + "</property><xml-property name=\"queryText\"><![CDATA[table0#-TNAME-#table0#:#["
				+ rows + "]#:#{code;STRING;/@code}]]></xml-property></oda-data-set>";
	}

	private static String design(String id) throws Exception {
		try (InputStream in = FrameworkUtil.getBundle(DataFiles.class).getEntry("designs/" + id + ".rptdesign").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
