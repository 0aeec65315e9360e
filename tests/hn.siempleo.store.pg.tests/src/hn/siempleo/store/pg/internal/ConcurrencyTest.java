// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;

/**
 * 17 office sessions write 200 commands each, on their own actions and on actions all offices share (a quarter
 * of the commands touch both at once): no update is lost, every stale write is rejected, and the server ends
 * equal to a serial replay of the accepted commands.
 */
@ExtendWith(TestServer.class)
class ConcurrencyTest {

	private static final int OFFICES = 17;
	private static final int EDITS = 200;
	private static final int OWN = 4;
	private static final int SHARED = 6;
	private static final SiempleoPackage P = SiempleoPackage.eINSTANCE;

	/** One accepted write: object, value, the version it was based on and the version it made. */
	record Write(String id, String value, long base, long made) {
	}

	@Test
	void seventeenWritersLoseNothingAndEveryConflictIsDetected() throws Exception {
		OpenModel local = plan();
		SharedPlanFixture plan = SharedPlanFixture.publish(local, "Concurrencia");
		List<Write> accepted = Collections.synchronizedList(new ArrayList<>());
		int[] rejected = new int[OFFICES];
		CyclicBarrier start = new CyclicBarrier(OFFICES);
		ExecutorService pool = Executors.newFixedThreadPool(OFFICES);
		long t0 = System.nanoTime();
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < OFFICES; w++) {
			int writer = w;
			writers.add(pool.submit(() -> {
				write(plan, writer, start, accepted, rejected);
				return null;
			}));
		}
		for (Future<?> f : writers) {
			f.get();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		int rejectedTotal = java.util.Arrays.stream(rejected).sum();
		System.out.printf("concurrency: %d writers x %d commands in %.1f s (%.0f commands/s), %d accepted writes, %d commands rejected%n",
				OFFICES, EDITS, seconds, OFFICES * EDITS / seconds, accepted.size(), rejectedTotal);
		assertTrue(rejectedTotal > 0, "shared actions must have produced conflicts");

		OpenModel fresh = plan.open("central");
		Map<String, List<Write>> byObject = new HashMap<>();
		accepted.forEach(w -> byObject.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(w));
		Workspace replay = EcoreUtil.copy(local.workspace());
		for (Action action : fresh.workspace().getPlans().get(0).getActions()) {
			List<Write> writes = byObject.getOrDefault(action.getId(), List.of());
			writes.sort((a, b) -> Long.compare(a.made(), b.made()));
			long version = plan.session(fresh) == null ? 0 : ((SharedSession) plan.session(fresh)).plan().stored().get(action.getId()).version();
			assertEquals(1 + writes.size(), version, "one version per accepted write of " + action.getCode());
			for (int i = 0; i < writes.size(); i++) {
				assertEquals(i + 2, writes.get(i).made(), "versions made are contiguous: no lost or phantom update");
				assertEquals(writes.get(i).made() - 1, writes.get(i).base(), "an accepted write was based on the latest version");
			}
			Action replayed = replay.getPlans().get(0).getActions().stream().filter(a -> a.getId().equals(action.getId()))
					.findFirst().orElseThrow();
			writes.forEach(w -> replayed.setResponsiblePerson(w.value()));
		}
		assertTrue(EcoreUtil.equals(replay, fresh.workspace()), "the server equals the serial replay of accepted commands");
	}

	private static void write(SharedPlanFixture plan, int writer, CyclicBarrier start, List<Write> accepted, int[] rejected)
			throws Exception {
		String code = code(writer);
		OpenModel model = plan.open(TestServer.officeRole(code));
		SharedSession session = (SharedSession) plan.session(model);
		List<Action> actions = model.workspace().getPlans().get(0).getActions();
		List<Action> own = actions.stream().filter(a -> a.getOffices().size() == 1 && code.equals(a.getOffices().get(0).getCode())).toList();
		List<Action> shared = actions.stream().filter(a -> a.getOffices().size() == OFFICES).toList();
		Random random = new Random(writer);
		start.await();
		for (int i = 0; i < EDITS; i++) {
			if (random.nextInt(3) == 0) {
				session.pull();
			}
			List<Action> targets = new ArrayList<>();
			int kind = random.nextInt(4);
			if (kind != 1) {
				targets.add(own.get(random.nextInt(own.size())));
			}
			if (kind != 0) {
				targets.add(shared.get(random.nextInt(shared.size())));
			}
			String value = "w" + writer + "-" + i;
			Map<String, Long> bases = new HashMap<>();
			CompoundCommand command = new CompoundCommand("Editar");
			for (Action target : targets) {
				bases.put(target.getId(), session.plan().stored().get(target.getId()).version());
				command.append(SetCommand.create(model.editingDomain(), target, P.getAction_ResponsiblePerson(), value));
			}
			model.commandStack().execute(command);
			if (session.lastRejection() == null) {
				for (Action target : targets) {
					accepted.add(new Write(target.getId(), value, bases.get(target.getId()),
							session.plan().stored().get(target.getId()).version()));
				}
			} else {
				rejected[writer]++;
				assertTrue(targets.stream().anyMatch(t -> session.plan().stored().get(t.getId()).version() > bases.get(t.getId())),
						"a rejection names a newer version on the server");
				assertTrue(targets.stream().noneMatch(t -> value.equals(t.getResponsiblePerson())), "nothing of it stays locally");
			}
		}
	}

	private static String code(int writer) {
		return String.format("OF-%02d", writer + 1);
	}

	/** 17 offices, 4 actions of each office alone and 6 actions of all offices. */
	private static OpenModel plan() throws Exception {
		SiempleoFactory f = SiempleoFactory.eINSTANCE;
		OpenModel model = SharedPlanFixture.service(hn.siempleo.core.ModelService.class)
				.create(org.eclipse.emf.common.util.URI.createFileURI("/tmp/concurrencia.siempleo"), "Concurrencia");
		Workspace workspace = model.workspace();
		ActionPlan actionPlan = f.createActionPlan();
		actionPlan.setCode("PA");
		workspace.getPlans().add(actionPlan);
		for (int o = 0; o < OFFICES; o++) {
			Office office = f.createOffice();
			office.setCode(code(o));
			office.setName("Oficina " + (o + 1));
			workspace.getOffices().add(office);
			for (int a = 0; a < OWN; a++) {
				Action action = f.createAction();
				action.setCode(code(o) + "-" + a);
				action.getOffices().add(office);
				actionPlan.getActions().add(action);
			}
		}
		for (int a = 0; a < SHARED; a++) {
			Action action = f.createAction();
			action.setCode("COMPARTIDA-" + a);
			action.getOffices().addAll(workspace.getOffices());
			actionPlan.getActions().add(action);
		}
		return model;
	}
}
