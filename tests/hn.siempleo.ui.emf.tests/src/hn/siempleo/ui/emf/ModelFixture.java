// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.provider.SiempleoItemProviderAdapterFactory;

/**
 * A workspace with offices, edited through a command stack, and the composed adapter factory an editor
 * would use. Touch it on the UI thread once a viewer shows it.
 */
final class ModelFixture {

	final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			List.of(new SiempleoItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));
	final BasicCommandStack commandStack = new BasicCommandStack();
	final EditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
	final Workspace workspace = SiempleoFactory.eINSTANCE.createWorkspace();

	ModelFixture(String... officeNames) {
		workspace.setName("Región Centro");
		for (String name : officeNames) {
			workspace.getOffices().add(office(name));
		}
	}

	/** A new office, not yet in the workspace. */
	static Office office(String name) {
		Office office = SiempleoFactory.eINSTANCE.createOffice();
		office.setName(name);
		return office;
	}

	/** The office of the workspace with this name. */
	Office officeNamed(String name) {
		return workspace.getOffices().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}

	/** The text the item providers give an object: what a viewer must show for it. */
	String text(Object object) {
		return ((IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class)).getText(object);
	}

	/** Executes a command on the stack and returns it. */
	Command execute(Command command) {
		commandStack.execute(command);
		return command;
	}

	void dispose() {
		adapterFactory.dispose();
	}
}
