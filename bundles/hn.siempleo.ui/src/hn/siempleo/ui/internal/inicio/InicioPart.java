package hn.siempleo.ui.internal.inicio;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;

/** The Inicio part: what the workbench is for and where to begin. */
public final class InicioPart {

	private Composite body;

	@PostConstruct
	public void createControls(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		Label title = WidgetIds.tag(new Label(body, SWT.NONE), "inicio.title");
		title.setText(Messages.InicioPart_title);
		title.setFont(JFaceResources.getHeaderFont());
		Label intro = WidgetIds.tag(new Label(body, SWT.WRAP), "inicio.intro");
		intro.setText(Messages.InicioPart_intro);
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}
}
