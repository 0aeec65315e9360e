// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.logic.PlanFigures;

/** The figures printed in the PDFs are the model's own (PlanFigures), read back with PDFBox. */
class ReportTotalsTest {

	@TempDir
	static Path folder;

	private static Workspace model;
	private static PlanFigures figures;
	private static ReportData data;

	@BeforeAll
	static void exportShippedDataSet() throws Exception {
		model = ReportFixture.shippedModel(folder).workspace();
		ActionPlan plan = model.getPlans().get(0);
		figures = PlanFigures.of(plan, ReportFixture.AS_OF);
		data = ReportFixture.reports().exportData(model, ReportFixture.AS_OF);
	}

	@AfterAll
	static void deleteData() {
		data.close();
	}

	private static String render(String design, Map<String, String> parameters) throws Exception {
		Path pdf = folder.resolve(design + parameters.hashCode() + ".pdf");
		ReportFixture.reports().render(design, data, ReportFormat.PDF, parameters, pdf, new NullProgressMonitor());
		return ReportFixture.pdfText(pdf);
	}

	static String money(BigDecimal amount) {
		return "L " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
	}

	@Test
	void theBudgetRequestTotalIsThePlansBudgetTotal() throws Exception {
		String text = render("budget", Map.of());
		String total = money(figures.budgetTotal());
		// the totals by funding source, the totals by axis and the list of actions all end on the model's total
		assertEquals(2, count(text, "Total general \\d+ " + Pattern.quote(total)), text);
		assertTrue(text.contains("Total solicitado " + total), text);
		for (Map.Entry<String, BigDecimal> source : figures.budgetByFundingSource().entrySet()) {
			String name = source.getKey().isEmpty() ? "Sin fuente de financiamiento" : source.getKey();
			assertEquals(1, count(text, "(?m)^" + Pattern.quote(name) + " \\d+ " + Pattern.quote(money(source.getValue()))), name);
		}
	}

	@Test
	void theBudgetRequestOfOneAxisTotalsThatAxis() throws Exception {
		String text = render("budget", Map.of("axis", "EJE2"));
		String total = money(figures.budgetByAxis().get("EJE2"));
		assertEquals(2, count(text, "Total general \\d+ " + Pattern.quote(total)), text);
		assertFalse(text.contains("Eje 1:"), text);
	}

	@Test
	void thePlanReportCountsTheActionsOfEachAxis() throws Exception {
		String text = render("plan", Map.of());
		for (Map.Entry<String, Integer> axis : figures.byAxis().entrySet()) {
			Matcher row = Pattern.compile("(?m)^" + axis.getKey() + " (\\d+) ").matcher(text);
			assertTrue(row.find(), "no summary row for " + axis.getKey() + "\n" + text);
			assertEquals(axis.getValue(), Integer.valueOf(row.group(1)), axis.getKey());
		}
		Matcher total = Pattern.compile("(?m)^Total (\\d+) ").matcher(text);
		assertTrue(total.find(), text);
		assertEquals(figures.actionCount(), Integer.parseInt(total.group(1)));
	}

	@Test
	void thePlanReportOfOneAxisListsOnlyThatAxis() throws Exception {
		String text = render("plan", Map.of("axis", "EJE3"));
		assertTrue(text.contains("EJE3 " + figures.byAxis().get("EJE3") + " "), text);
		assertFalse(text.contains("EJE1 "), text);
	}

	@Test
	void thePlanReportListsEveryActionOfThePlanAndOfOneAxisOnlyThatAxis() throws Exception {
		// the actions table reads a data file of its own (reportDataActions), the summary and charts another
		String text = render("plan", Map.of());
		ActionPlan plan = model.getPlans().get(0);
		for (var action : plan.getActions()) {
			assertTrue(Pattern.compile("(?m)^" + Pattern.quote(action.getCode()) + " ").matcher(text).find(),
					action.getCode() + "\n" + text);
		}
		assertTrue(Pattern.compile("(?m)^" + figures.actionCount() + "\\s*$").matcher(text).find(), text);
		String axis = render("plan", Map.of("axis", "EJE3"));
		for (var action : plan.getActions()) {
			boolean listed = Pattern.compile("(?m)^" + Pattern.quote(action.getCode()) + " ").matcher(axis).find();
			assertEquals("EJE3".equals(action.getAxis().getCode()), listed, action.getCode());
		}
		assertFalse(axis.contains("Eje 1:"), axis);
	}

	@Test
	void thePlanReportHeadsEachPriorityWithItsResourceTypeAndShowsEveryActionsProgress() throws Exception {
		String text = render("plan", Map.of());
		ActionPlan plan = model.getPlans().get(0);
		for (var action : plan.getActions()) {
			String heading = "Prioridad " + action.getPriority() + " · "
					+ hn.siempleo.model.text.Labels.literal(Actions.resourceType(action));
			assertTrue(text.contains(heading), heading + "\n" + text);
		}
		List<Integer> progress = new ArrayList<>();
		Matcher percent = Pattern.compile("(?m)(\\d+) %$").matcher(text);
		while (percent.find()) {
			progress.add(Integer.valueOf(percent.group(1)));
		}
		List<Integer> expected = new ArrayList<>(plan.getActions().stream().map(a -> a.getProgress()).toList());
		Collections.sort(progress);
		Collections.sort(expected);
		assertEquals(expected, progress, "one progress per action, in per cent");
	}

	@Test
	void theCalendarListsTheActionsMissingOwnerOrDates() throws Exception {
		String text = render("calendar", Map.of());
		Matcher missing = Pattern.compile("Acciones pendientes de definir (\\d+)").matcher(text);
		assertTrue(missing.find(), text);
		assertEquals(figures.ownMeansMissingOwnerOrDates(), Integer.parseInt(missing.group(1)));
	}

	@Test
	void theReferralReportTotalsTheAgreementsRecords() throws Exception {
		int expected = model.getAgreements().stream().flatMap(a -> a.getReferrals().stream()).mapToInt(r -> r.getCount())
				.sum();
		String text = render("referrals", Map.of());
		assertTrue(text.contains("Total de personas derivadas " + expected), text);
		int in2024 = model.getAgreements().stream().flatMap(a -> a.getReferrals().stream())
				.filter(r -> r.getPeriod().startsWith("2024")).mapToInt(r -> r.getCount()).sum();
		assertTrue(render("referrals", Map.of("period", "2024")).contains("Total de personas derivadas " + in2024));
	}

	@Test
	void theCoverageReportListsTheGapsTheCoberturaViewShows() throws Exception {
		var gaps = hn.siempleo.referral.Coverage.of(model).gaps();
		assertFalse(gaps.isEmpty(), "the shipped data has coverage gaps");
		String text = render("coverage", Map.of()).replaceAll("\\s+", " ");
		assertTrue(text.contains("Brechas de cobertura"), text);
		for (var gap : gaps) {
			assertTrue(text.contains(gap.kindLabel()), gap.kindLabel());
		}
	}

	@Test
	void theReferralReportHasTheFlowMatrixWithTheSameTotals() throws Exception {
		var matrix = hn.siempleo.referral.ReferralMatrix.of(model, hn.siempleo.referral.ReferralFilter.ALL);
		String text = render("referrals", Map.of()).replaceAll("\\s+", " ");
		assertTrue(text.contains("Matriz de flujos entre instituciones"), text);
		for (var flow : matrix.flows()) {
			String from = flow.from().getAcronym();
			String to = flow.to().getAcronym();
			assertTrue(text.contains(from + " a " + to + " " + flow.count() + " " + flow.known() + " " + flow.attended() + " "
					+ matrix.rowTotal(flow.from()) + " " + matrix.columnTotal(flow.to())), from + " a " + to);
		}
	}

	private static int count(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}
}
