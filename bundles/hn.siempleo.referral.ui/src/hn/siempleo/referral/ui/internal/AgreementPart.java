// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Office;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Agreements;
import hn.siempleo.model.logic.LocalPlans;
import hn.siempleo.referral.CommitmentMatrix;
import hn.siempleo.referral.Names;
import hn.siempleo.referral.NetworkCommands;
import hn.siempleo.ui.WidgetIds;

/**
 * Convenio: one agreement's parties, dates with the expiry flag, integrated offices, the commitments matrix
 * (click a cell, or select a row and press a digit key 1–9 for the n-th office, to set or clear it) and the
 * referral protocol (reorder with Alt+↑/↓, the buttons, or drag and drop). It fits the centre of Red y
 * convenios on a 1366×768 laptop: the institution and service of each commitment stay in view while the
 * offices scroll sideways within the matrix (with its scroll bar or ←/→; a digit key shows the office it sets).
 */
public final class AgreementPart extends NetworkPart {

	private Combo agreements;
	private Label parties;
	private Label validity;
	private Label offices;
	private PinnedColumnTable commitments;
	private Table protocol;
	private List<Agreement> shownAgreements = List.of();
	private CommitmentMatrix matrix;
	private List<ProtocolStep> steps = List.of();

	@Override
	protected void createContents(Composite parent) {
		agreements = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), "agreement.select");
		agreements.addListener(SWT.Selection, e -> refreshNow());
		parties = text(parent, "agreement.parties");
		validity = text(parent, "agreement.validity");
		offices = text(parent, "agreement.offices");
		heading(parent, Messages.Agreement_commitments);
		text(parent, "agreement.commitmentsHint").setText(Messages.Agreement_commitmentsHint);
		commitments = new PinnedColumnTable(parent, "agreement.commitmentRows", "agreement.commitments");
		columns(commitments.pinned(), Messages.Agreement_institution, Messages.Agreement_service);
		commitments.scrolling().addListener(SWT.MouseDown, this::cellClicked);
		commitments.addListener(SWT.KeyDown, this::cellKey);
		heading(parent, Messages.Agreement_protocol);
		protocol = table(parent, "agreement.protocol", 8, SWT.SINGLE);
		columns(protocol, Messages.Agreement_order, Messages.Agreement_step, Messages.Agreement_responsible,
				Messages.Agreement_responseDays);
		protocol.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
				moveSelected(e.keyCode == SWT.ARROW_UP ? -1 : 1);
				e.doit = false;
			}
		});
		protocol.addListener(SWT.DefaultSelection, e -> {
			int index = protocol.getSelectionIndex();
			if (index >= 0 && index < steps.size()) {
				session.showElement(steps.get(index));
			}
		});
		dragAndDrop();
		Composite buttons = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).applyTo(buttons);
		Button up = WidgetIds.tag(new Button(buttons, SWT.PUSH), "agreement.stepUp");
		up.setText(Messages.Agreement_up);
		up.addListener(SWT.Selection, e -> moveSelected(-1));
		Button down = WidgetIds.tag(new Button(buttons, SWT.PUSH), "agreement.stepDown");
		down.setText(Messages.Agreement_down);
		down.addListener(SWT.Selection, e -> moveSelected(1));
		GridDataFactory.fillDefaults().applyTo(buttons);
	}

	@Override
	protected void refresh(Workspace workspace) {
		List<Agreement> available = workspace == null ? List.of() : List.copyOf(workspace.getAgreements());
		int index = Math.max(0, agreements.getSelectionIndex());
		if (!available.equals(shownAgreements)) {
			agreements.setItems(available.stream().map(a -> Names.code(a) + " — " + Names.of(a)).toArray(String[]::new));
			shownAgreements = available;
		}
		if (available.isEmpty()) {
			parties.setText(Messages.Agreement_none);
			validity.setText("");
			offices.setText("");
			commitments.pinned().removeAll();
			commitments.scrolling().removeAll();
			commitments.fit();
			protocol.removeAll();
			return;
		}
		index = Math.min(index, available.size() - 1);
		agreements.select(index);
		Agreement agreement = available.get(index);
		parties.setText(NLS.bind(Messages.Agreement_parties,
				agreement.getParties().stream().map(Names::acronym).collect(Collectors.joining(", "))));
		showValidity(agreement);
		offices.setText(NLS.bind(Messages.Agreement_offices, agreement.getIntegratedOffices().size(),
				agreement.getIntegratedOffices().stream().map(Names::of).collect(Collectors.joining(", "))));
		showCommitments(agreement);
		showProtocol(agreement);
	}

	private void showValidity(Agreement agreement) {
		Agreements.Validity state = Agreements.validity(agreement, today());
		String flag = switch (state) {
			case EXPIRED -> Messages.Agreement_expired;
			case EXPIRING -> NLS.bind(Messages.Agreement_expiring, Agreements.daysLeft(agreement, today()));
			case NOT_STARTED -> Messages.Agreement_notStarted;
			case OPEN_ENDED -> Messages.Agreement_openEnded;
			case IN_FORCE -> Messages.Agreement_inForce;
		};
		validity.setText(NLS.bind(Messages.Agreement_dates, new Object[] { hn.siempleo.model.text.Formats.date(agreement.getSignatureDate()),
				hn.siempleo.model.text.Formats.date(agreement.getValidFrom()), hn.siempleo.model.text.Formats.date(agreement.getValidUntil()), flag }));
		int color = switch (state) {
			case EXPIRED -> SWT.COLOR_RED;
			case EXPIRING -> SWT.COLOR_DARK_YELLOW;
			default -> SWT.COLOR_WIDGET_FOREGROUND;
		};
		validity.setForeground(validity.getDisplay().getSystemColor(color));
	}

	private void showCommitments(Agreement agreement) {
		matrix = CommitmentMatrix.of(agreement);
		Table names = commitments.pinned();
		Table cells = commitments.scrolling();
		int selected = commitments.selectionIndex();
		names.setRedraw(false);
		cells.setRedraw(false);
		names.removeAll();
		cells.removeAll();
		int offices = matrix.columns().size();
		String[] headers = new String[offices + 1];
		for (int i = 0; i < offices; i++) {
			headers[i] = Names.code(matrix.columns().get(i));
		}
		headers[offices] = Messages.Agreement_total;
		columns(cells, headers);
		for (int i = 0; i < offices; i++) {
			cells.getColumn(i).setToolTipText(Names.of(matrix.columns().get(i)));
		}
		for (CommitmentMatrix.Row row : matrix.rows()) {
			new TableItem(names, SWT.NONE)
					.setText(new String[] { Names.acronym(row.institution()), Names.of(row.service()) });
			TableItem item = new TableItem(cells, SWT.NONE);
			for (int i = 0; i < offices; i++) {
				item.setText(i, matrix.isSet(row, matrix.columns().get(i)) ? "✔" : "");
			}
			item.setText(offices, Integer.toString(matrix.rowCount(row)));
		}
		pack(names);
		pack(cells);
		commitments.fit();
		commitments.select(selected);
		names.setRedraw(true);
		cells.setRedraw(true);
	}

	private void showProtocol(Agreement agreement) {
		steps = LocalPlans.inOrder(agreement.getProtocolSteps());
		int selected = protocol.getSelectionIndex();
		protocol.removeAll();
		for (ProtocolStep step : steps) {
			TableItem item = new TableItem(protocol, SWT.NONE);
			item.setText(new String[] { Integer.toString(step.getOrder()), Names.code(step) + " " + Names.of(step),
					Names.acronym(step.getResponsible()),
					step.getResponseDays() > 0 ? Integer.toString(step.getResponseDays()) : "" });
		}
		pack(protocol);
		if (selected >= 0 && selected < steps.size()) {
			protocol.select(selected);
		}
	}

	private void cellClicked(Event event) {
		Table cells = commitments.scrolling();
		TableItem item = cells.getItem(new Point(event.x, event.y));
		if (item == null || matrix == null) {
			return;
		}
		for (int column = 0; column < matrix.columns().size(); column++) {
			if (item.getBounds(column).contains(event.x, event.y)) {
				toggle(cells.indexOf(item), column);
				return;
			}
		}
	}

	private void cellKey(Event event) {
		int row = commitments.selectionIndex();
		if (row >= 0 && event.character >= '1' && event.character <= '9') {
			toggle(row, event.character - '1');
		}
	}

	private void toggle(int rowIndex, int officeIndex) {
		if (matrix == null || rowIndex >= matrix.rows().size() || officeIndex >= matrix.columns().size()) {
			return;
		}
		CommitmentMatrix.Row row = matrix.rows().get(rowIndex);
		Office office = matrix.columns().get(officeIndex);
		execute(NetworkCommands.setCommitment(model().editingDomain(), matrix.agreement(), row.institution(),
				row.service(), office, !matrix.isSet(row, office)));
		commitments.select(rowIndex);
		commitments.showColumn(officeIndex);
	}

	private void moveSelected(int delta) {
		int index = protocol.getSelectionIndex();
		if (index >= 0) {
			moveStep(index, index + delta);
		}
	}

	private void moveStep(int from, int to) {
		if (from < 0 || from >= steps.size() || to < 0 || to >= steps.size() || from == to) {
			return;
		}
		ProtocolStep step = steps.get(from);
		@SuppressWarnings("unchecked")
		List<ProtocolStep> list = (List<ProtocolStep>) step.eContainer().eGet(step.eContainmentFeature());
		ProtocolStep target = steps.get(to);
		if (execute(NetworkCommands.moveProtocolStep(model().editingDomain(), step, list.indexOf(target)))) {
			protocol.select(to);
		}
	}

	private void dragAndDrop() {
		Transfer[] types = { TextTransfer.getInstance() };
		DragSource source = new DragSource(protocol, DND.DROP_MOVE);
		source.setTransfer(types);
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = Integer.toString(protocol.getSelectionIndex());
			}
		});
		DropTarget target = new DropTarget(protocol, DND.DROP_MOVE);
		target.setTransfer(types);
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void drop(DropTargetEvent event) {
				if (!(event.data instanceof String text) || !(event.item instanceof TableItem item)) {
					return;
				}
				try {
					moveStep(Integer.parseInt(text), protocol.indexOf(item));
				} catch (NumberFormatException e) {
					// not ours
				}
			}
		});
	}
}
