// SPDX-License-Identifier: EPL-2.0
// Not built by Maven: the side-by-side harness of docs/performance-rounds.md (tracker, second round). Compile it
// against the built jars of hn.siempleo.plan.ui, plan.io, model, model.text, EMF common/ecore, NatTable core
// and org.eclipse.osgi; run `java -cp classes:<old classes>:<jars> hn.siempleo.plan.ui.internal.grid.RankHarness
// sort|filter|group|parts`, once per fresh JVM, with and without the old classes first on the class path.
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import hn.siempleo.model.*;
import hn.siempleo.plan.io.ActionColumn;

/** Model side of the tracker's operations on 100,000 actions in a fresh JVM (no grid, no paint). */
public class RankHarness {
	static final SiempleoFactory F = SiempleoFactory.eINSTANCE;
	static final String[] VERBS = { "Capacitar", "Fortalecer", "Diseñar", "Implementar", "Evaluar", "Actualizar", "Promover", "Coordinar" };
	static final String[] OBJECTS = { "orientadores", "la bolsa de empleo", "el registro de oferentes", "las ferias de empleo", "el portal", "la gestión de vacantes" };

	public static void main(String[] args) {
		Workspace w = F.createWorkspace();
		ActionPlan plan = F.createActionPlan();
		w.getPlans().add(plan);
		for (int i = 1; i <= 17; i++) { Office o = F.createOffice(); o.setCode(String.format("OF-%02d", i)); w.getOffices().add(o); }
		for (int i = 1; i <= 3; i++) { PolicyAxis a = F.createPolicyAxis(); a.setCode("EJE" + i); w.getAxes().add(a); }
		Random random = new Random(42);
		LocalDate base = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < 100_000; i++) {
			Action action = F.createAction();
			action.setCode(String.format("AC-%06d", (i * 7919L + 12345L) % 1_000_000));
			action.setTitle(VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " número " + random.nextInt(100_000));
			action.setAxis(w.getAxes().get(random.nextInt(3)));
			action.setPriority(1 + random.nextInt(4));
			if (random.nextInt(10) > 0) action.setResponsiblePerson("Persona " + random.nextInt(500));
			LocalDate start = base.plusDays(random.nextInt(700));
			action.setStartDate(start); action.setDueDate(start.plusDays(30 + random.nextInt(600)));
			if (random.nextInt(2) > 0) action.setEstimatedCost(BigDecimal.valueOf(50_000 + random.nextInt(5_000_000), 2));
			action.getOffices().add(w.getOffices().get(random.nextInt(17)));
			plan.getActions().add(action);
		}
		LocalDate today = LocalDate.of(2025, 6, 30);
		TrackerRows rows = new TrackerRows(() -> today);
		rows.setPlan(plan);
		String what = args.length > 0 ? args[0] : "sort";
		java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
		long c0 = mx.getCurrentThreadCpuTime();
		long t = System.nanoTime();
		switch (what) {
		case "sort" -> { rows.sort().sort(ActionColumn.TITLE, SortDirectionEnum.ASC, false); rows.recompute(); }
		case "parts" -> {
			ColumnCache cache = new ColumnCache();
			cache.reset(new java.util.ArrayList<>(plan.getActions()));
			long a = mx.getCurrentThreadCpuTime();
			cache.text(ActionColumn.TITLE, 0, today);
			long b = mx.getCurrentThreadCpuTime();
			cache.ranks(ActionColumn.TITLE, today);
			long c = mx.getCurrentThreadCpuTime();
			rows.sort().sort(ActionColumn.TITLE, SortDirectionEnum.ASC, false); rows.recompute();
			long d = mx.getCurrentThreadCpuTime();
			System.out.printf("texts %.1f ranks %.1f (rows' own cache again: texts+ranks+sort) %.1f%n", (b - a) / 1e6, (c - b) / 1e6, (d - c) / 1e6);
			return;
		}
		case "filter" -> { rows.query().setColumnText(ActionColumn.RESPONSIBLE, "persona 7"); rows.recompute(); }
		case "group" -> {
			double[] ms = new double[6];
			for (int r = 0; r < 6; r++) {
				long s = mx.getCurrentThreadCpuTime();
				rows.setGroupBy(GroupBy.OFFICE); rows.setGroupBy(GroupBy.NONE);
				ms[r] = (mx.getCurrentThreadCpuTime() - s) / 1e6;
			}
			double[] warm = Arrays.copyOfRange(ms, 1, 6); Arrays.sort(warm);
			System.out.printf("group cpu cold %.1f warm %.1f%n", ms[0], warm[2]);
			return;
		}
		}
		System.out.printf("%s wall %.1f cpu %.1f (%d rows)%n", what, (System.nanoTime() - t) / 1e6, (mx.getCurrentThreadCpuTime() - c0) / 1e6, rows.matchedActions().size());
	}
}
