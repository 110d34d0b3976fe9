package org.firststep;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature is a module: it may use another only through that module's public API,
 * never its internals, and there are no cycles. Also writes the module diagrams to
 * {@code target/spring-modulith-docs}.
 */
class ModuleStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(FirstStepApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
