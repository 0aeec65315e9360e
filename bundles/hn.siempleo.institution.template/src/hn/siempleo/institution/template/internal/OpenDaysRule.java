// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.template.internal;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.institution.template.ServicePoint;
import hn.siempleo.institution.template.ServicePointList;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.validation.ContributedRule;

/** Rule {@code template.openDays}: a service point is open between 1 and 7 days a week. */
public final class OpenDaysRule implements ContributedRule {

	@Override
	public void check(Workspace workspace, Findings findings) {
		for (ServicePointList list : ModelExtensions.roots(workspace, ServicePointList.class)) {
			for (ServicePoint point : list.getPoints()) {
				if (point.getOpenDays() < 1 || point.getOpenDays() > 7) {
					findings.report(point, NLS.bind(Messages.OpenDaysRule_message, point.getName(), point.getOpenDays()));
				}
			}
		}
	}
}
