// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.ui.internal;


import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.core.OpenModel;
import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.internal.Labels;
import hn.siempleo.institution.infop.logic.Courses;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.TextColumns;
import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Cursos INFOP: the course catalogue of the open model with a search field (code, name, sector, office;
 * accents ignored). Opening a course shows it in the explorer and the properties form.
 */
public final class CoursesPart {

	private final ModelSessionListener listener = ModelSessionListener.onChange(this::refresh);

	private ModelSession session;
	private Text search;
	private Label summary;
	private TableViewer viewer;

	@PostConstruct
	public void create(Composite parent, ModelSession session) {
		this.session = session;
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(2, false));
		search = WidgetIds.tag(new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "infop.courses.search");
		search.setMessage(Messages.CoursesPart_search);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addModifyListener(e -> refresh());
		summary = WidgetIds.tag(new Label(body, SWT.NONE), "infop.courses.summary");
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(summary);
		viewer = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), "infop.courses.table");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(viewer, Course.class, Messages.CoursesPart_code, 90, Course::getCode);
		TextColumns.add(viewer, Course.class, Messages.CoursesPart_name, 260, Course::getName);
		TextColumns.add(viewer, Course.class, Messages.CoursesPart_sector, 130, Course::getSector);
		TextColumns.add(viewer, Course.class, Messages.CoursesPart_hours, 60, c -> Integer.toString(c.getDurationHours()));
		TextColumns.add(viewer, Course.class, Messages.CoursesPart_modality, 90, c -> Labels.modality(c.getModality()));
		TextColumns.add(viewer, Course.class, Messages.CoursesPart_seats, 60, c -> Integer.toString(c.getSeats()));
		TextColumns.add(viewer, Course.class, Messages.CoursesPart_offices, 300, Courses::officeNames);
		viewer.addDoubleClickListener(e -> {
			if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Course course) {
				session.showElement(course);
			}
		});
		session.addListener(listener);
		refresh();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
	}

	private void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		OpenModel model = session.current();
		var courses = model == null ? java.util.List.<Course>of() : Courses.search(model.workspace(), search.getText());
		int total = model == null ? 0 : Courses.all(model.workspace()).size();
		viewer.setInput(courses);
		summary.setText(NLS.bind(Messages.CoursesPart_summary, courses.size(), total));
	}
}
