// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.problems.internal.ProblemsContentProvider.MoreFindings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The Problemas part: the validation findings of the open model, grouped into errors and warnings and kept
 * current as the model changes. Opening a finding shows its element in the explorer.
 */
public final class ProblemsPart {

	private final ModelSessionListener listener = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			scheduler.validateNow(model);
		}

		@Override
		public void modelEdited(OpenModel model) {
			scheduler.validateSoon(model);
		}
	};

	private ModelSession session;
	private ValidationScheduler scheduler;
	private Label summary;
	private TreeViewer viewer;

	@PostConstruct
	public void create(Composite parent, ModelSession session) {
		this.session = session;
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		summary = WidgetIds.tag(new Label(body, SWT.NONE), "problems.summary");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		createViewer(body);
		scheduler = new ValidationScheduler(parent.getDisplay(), new ValidationScheduler.Sink() {
			@Override
			public void validating() {
				showValidating();
			}

			@Override
			public void validated(Findings findings) {
				show(findings);
			}
		});
		session.addListener(listener);
		scheduler.validateNow(session.current());
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		scheduler.dispose();
	}

	private void createViewer(Composite body) {
		viewer = new TreeViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Tree tree = WidgetIds.tag(viewer.getTree(), "problems.tree");
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		viewer.setContentProvider(new ProblemsContentProvider());
		viewer.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		addColumn(Messages.ProblemsPart_columnDescription, 460, Finding::message, true);
		addColumn(Messages.ProblemsPart_columnElement, 200, Finding::elementLabel, false);
		addColumn(Messages.ProblemsPart_columnRule, 160, Finding::rule, false);
		viewer.addDoubleClickListener(this::open);
	}

	private void addColumn(String title, int width, Function<Finding, String> text, boolean first) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return switch (element) {
					case Finding finding -> text.apply(finding);
					case FindingGroup group when first -> groupLabel(group);
					case MoreFindings more when first -> NLS.bind(Messages.ProblemsPart_more, more.hidden());
					default -> "";
				};
			}

			@Override
			public Image getImage(Object element) {
				if (first && element instanceof Finding finding) {
					return icon(finding.error());
				}
				return first && element instanceof FindingGroup group ? icon(group.error()) : null;
			}
		});
	}

	private static Image icon(boolean error) {
		return PlatformUI.getWorkbench().getSharedImages()
				.getImage(error ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
	}

	private static String groupLabel(FindingGroup group) {
		return NLS.bind(group.error() ? Messages.ProblemsPart_errorsGroup : Messages.ProblemsPart_warningsGroup,
				group.findings().size());
	}

	/** Double-click or Enter: a finding shows its element, a group opens or closes. */
	private void open(DoubleClickEvent event) {
		Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (selected instanceof Finding finding && finding.element() != null
				&& finding.element().eResource() != null) {
			session.showElement(finding.element());
		} else if (selected instanceof FindingGroup group) {
			viewer.setExpandedState(group, !viewer.getExpandedState(group));
		}
	}

	private void showValidating() {
		if (!summary.isDisposed()) {
			summary.setText(Messages.ProblemsPart_validating);
		}
	}

	private void show(Findings findings) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<FindingGroup> groups = findings.groups();
		viewer.setInput(groups);
		summary.setText(session.current() == null ? Messages.ProblemsPart_noModel
				: NLS.bind(Messages.ProblemsPart_summary, count(findings.errorCount(), Messages.ProblemsPart_oneError,
						Messages.ProblemsPart_errors), count(findings.warningCount(), Messages.ProblemsPart_oneWarning,
								Messages.ProblemsPart_warnings)));
	}

	private static String count(int count, String one, String many) {
		return count == 1 ? one : NLS.bind(many, count);
	}
}
