package org.firststep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature is a module: it may use another only through that module's public API,
 * never its internals, and there are no cycles. Also writes the module diagrams to
 * {@code target/spring-modulith-docs}, and checks that they draw what the code uses.
 */
class ModuleStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(FirstStepApplication.class);

	static final Path DOCS = Path.of("target", "spring-modulith-docs");

	private static final Pattern COMPONENT = Pattern.compile("Component\\(([^,]+), \"([^\"]+)\", \\$techn=\"Module\"");

	private static final Pattern RELATION = Pattern.compile("Rel\\(([^,]+), ([^,]+),");

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		FileSystemUtils.deleteRecursively(DOCS);
		// A module that uses none and is used by none (the message coach) is still a
		// module; the overview shows it too.
		DiagramOptions options = DiagramOptions.defaults()
			.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE);
		new Documenter(MODULES, Options.defaults().withOutputFolder(DOCS.toString())).writeModulesAsPlantUml(options)
			.writeIndividualModulesAsPlantUml(options);

		Map<String, String> overview = components(Files.readString(DOCS.resolve("components.puml")));
		assertThat(overview.values())
			.containsExactlyInAnyOrderElementsOf(MODULES.stream().map(ApplicationModule::getDisplayName).toList());
		for (ApplicationModule module : MODULES) {
			String diagram = Files.readString(DOCS.resolve("module-" + module.getIdentifier() + ".puml"));
			Map<String, String> components = components(diagram);
			Set<String> drawn = relationsFrom(diagram, alias(components, module.getDisplayName()));
			Set<String> used = new HashSet<>();
			module.getDirectDependencies(MODULES)
				.uniqueModules()
				.forEach((dependency) -> used.add(alias(components, dependency.getDisplayName())));
			assertThat(drawn).as("modules that %s's diagram shows it using", module.getDisplayName()).isEqualTo(used);
		}
	}

	/** The diagram's modules, display name by alias. */
	private static Map<String, String> components(String diagram) {
		Map<String, String> components = new HashMap<>();
		Matcher matcher = COMPONENT.matcher(diagram);
		while (matcher.find()) {
			components.put(matcher.group(1), matcher.group(2));
		}
		return components;
	}

	private static String alias(Map<String, String> components, String displayName) {
		return components.entrySet()
			.stream()
			.filter((component) -> component.getValue().equals(displayName))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("(not drawn: " + displayName + ")");
	}

	private static Set<String> relationsFrom(String diagram, String alias) {
		Set<String> targets = new HashSet<>();
		Matcher matcher = RELATION.matcher(diagram);
		while (matcher.find()) {
			if (matcher.group(1).equals(alias)) {
				targets.add(matcher.group(2));
			}
		}
		return targets;
	}

}
