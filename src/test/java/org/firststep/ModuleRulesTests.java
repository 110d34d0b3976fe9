package org.firststep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule.Type;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module rules the build enforces, each shown failing on a fixture
 * ({@code fixture.modules}) that breaks it once:
 * <ul>
 * <li>every module says what it may use ({@code allowedDependencies}), that is exactly
 * what its code uses, and its description names the same modules;</li>
 * <li>the platform is closed: a feature reaches only the parts it names (web, security,
 * persistence, mail);</li>
 * <li>the domain rules are plain Java, without Spring or Jakarta;</li>
 * <li>a template uses only its own module's types and {@code platform.web}.</li>
 * </ul>
 */
class ModuleRulesTests {

	private static final ApplicationModules MODULES = ModuleStructureTests.MODULES;

	private static final ApplicationModules FIXTURE = ApplicationModules.of("fixture.modules", (location) -> true);

	/** The rules of asking, scoring, timing and detecting: each a pure function. */
	private static final List<String> DOMAIN_RULES = List.of("org.firststep.asks.Ladder",
			"org.firststep.asks.RejectionGap", "org.firststep.insights.TimeToAsk", "org.firststep.insights.Patterns",
			"org.firststep.insights.History", "org.firststep.assessments.Instrument",
			"org.firststep.assessments.Assessment", "org.firststep.safetynet.CrisisLanguage",
			"org.firststep.safetynet.CrisisRules", "org.firststep.safetynet.RuleIndex",
			"org.firststep.safetynet.Alternation", "org.firststep.safetynet.TextNormalizer",
			"org.firststep.coach.MessageCoach");

	private static final Path TEMPLATES = Path.of("src/main/jte");

	/**
	 * Templates that still reach into another module, as they did when the rule came. The
	 * list may only shrink: a new reach fails, and so does one listed here that is gone.
	 */
	private static final Set<String> TEMPLATE_DEBTS = Set.of("asks/_needs.jte -> org.firststep.people.Need",
			"asks/choose-need.jte -> org.firststep.people.Need", "asks/choose-person.jte -> org.firststep.people.Need",
			"asks/choose-size.jte -> org.firststep.people.Need", "home/index.jte -> org.firststep.accounts.Account",
			"home/index.jte -> org.firststep.asks.AskOutline", "home/index.jte -> org.firststep.asks.Size",
			"home/index.jte -> org.firststep.people.Person", "home/index.jte -> org.firststep.supporters.OfferView",
			"insights/index.jte -> org.firststep.asks.Ask", "insights/index.jte -> org.firststep.asks.Size",
			"insights/index.jte -> org.firststep.assessments.Assessment",
			"layout.jte -> org.firststep.safety.SafetyPanel", "tag/notice.jte -> org.firststep.safetynet.SafetyNet");

	private static final Pattern FIRSTSTEP_TYPE = Pattern.compile("org\\.firststep\\.([a-z.]+?)\\.[A-Z]\\w*");

	@Test
	void everyModuleSaysWhatItMayUseAndNoneIsOpen() {
		for (ApplicationModule module : MODULES) {
			org.springframework.modulith.ApplicationModule declared = declaration(module.getBasePackage().getName());
			assertThat(declared).as("package-info of %s", module.getIdentifier()).isNotNull();
			assertThat(declared.allowedDependencies()).as("allowed dependencies of %s", module.getIdentifier())
				.doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
			assertThat(declared.type()).as("type of %s", module.getIdentifier()).isEqualTo(Type.CLOSED);
		}
	}

	@Test
	void whatEachModuleMayUseIsWhatItUses() {
		for (ApplicationModule module : MODULES) {
			Set<String> allowed = Set.of(declaration(module.getBasePackage().getName()).allowedDependencies());
			assertThat(uses(module, MODULES)).as("what %s uses", module.getIdentifier())
				.containsExactlyInAnyOrderElementsOf(allowed);
		}
	}

	@Test
	void eachDescriptionNamesWhatTheModuleUses() {
		for (ApplicationModule module : MODULES) {
			Set<String> modules = modulesUsed(module, MODULES);
			String source = read(
					Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java"));
			assertThat(namedIn(source, MODULES)).as("the modules the description of %s names", module.getIdentifier())
				.isEqualTo(modules);
		}
	}

	@Test
	void theModuleChecksFailOnAModuleThatBreaksThem() {
		Violations violations = FIXTURE.detectViolations();
		assertThat(violations.getMessages())
			.anySatisfy((message) -> assertThat(message).contains("Module 'notes' depends on module 'people'")
				.contains("Allowed targets: platform :: web"));
		assertThat(violations.getMessages())
			.anySatisfy((message) -> assertThat(message).contains("fixture.modules.platform.secret.Hidden"));
		assertThat(violations.getMessages()).noneSatisfy((message) -> assertThat(message).contains("'people' depends"));
		assertThatThrownBy(FIXTURE::verify).isInstanceOf(Violations.class);
		assertThat(declaration("fixture.modules.notes").allowedDependencies()).containsExactly("platform :: web");
	}

	@Test
	void theDescriptionCheckTellsADescriptionThatLeavesAModuleOut() {
		ApplicationModule notes = FIXTURE.getModuleByName("notes").orElseThrow();
		String source = read(Path.of("src/test/java/fixture/modules/notes/package-info.java"));
		assertThat(namedIn(source, FIXTURE)).containsExactly("platform");
		assertThat(modulesUsed(notes, FIXTURE)).containsExactly("people", "platform");
	}

	@Test
	void domainRulesArePlainJava() {
		JavaClasses classes = new ClassFileImporter().importPackages("org.firststep");
		ArchRule rule = plainJava(DOMAIN_RULES.toArray(String[]::new));
		rule.check(classes);
		assertThat(DOMAIN_RULES).allSatisfy((name) -> assertThat(classes.contain(name)).as(name).isTrue());
	}

	@Test
	void theDomainRuleCheckFailsOnARuleThatUsesSpring() {
		JavaClasses classes = new ClassFileImporter().importPackages("fixture.modules");
		assertThatThrownBy(() -> plainJava("fixture.modules.notes.SpringyRule").check(classes))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("org.springframework.util.Assert");
	}

	@Test
	void templatesUseOnlyTheirOwnModuleAndTheWebPlatform() throws IOException {
		Set<String> reaches = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".jte")).toList()) {
				String template = TEMPLATES.relativize(file).toString().replace('\\', '/');
				reaches.addAll(reachesOutside(template, read(file)));
			}
		}
		assertThat(reaches).as("templates reaching into another module (new ones, or debts paid)")
			.containsExactlyInAnyOrderElementsOf(TEMPLATE_DEBTS);
	}

	@Test
	void theTemplateCheckFailsOnATemplateThatReachesOut() {
		String template = "@import org.firststep.platform.web.Page\n@import org.firststep.people.Person\n"
				+ "@param Page page\n@param org.firststep.asks.Ask ask\n${org.firststep.journal.JournalEntry.MAX}";
		assertThat(reachesOutside("asks/show.jte", template)).containsExactly(
				"asks/show.jte -> org.firststep.people.Person", "asks/show.jte -> org.firststep.journal.JournalEntry");
		assertThat(reachesOutside("layout.jte", template)).contains("layout.jte -> org.firststep.asks.Ask");
	}

	/**
	 * The types of other modules a template names. A template in {@code jte/<module>/}
	 * belongs to that module; one at the top or in {@code tag/} is shared and belongs to
	 * none.
	 */
	static List<String> reachesOutside(String template, String source) {
		String module = template.contains("/") ? template.substring(0, template.indexOf('/')) : "";
		List<String> reaches = new ArrayList<>();
		Matcher type = FIRSTSTEP_TYPE.matcher(source);
		while (type.find()) {
			String owner = type.group(1);
			String reach = template + " -> " + type.group();
			if (!owner.equals(module) && !owner.equals("platform.web") && !reaches.contains(reach)) {
				reaches.add(reach);
			}
		}
		return reaches;
	}

	private static ArchRule plainJava(String... classes) {
		return noClasses().that()
			.haveNameMatching(String.join("|", Stream.of(classes).map(Pattern::quote).toList()))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..")
			.because("a domain rule is a pure function, tested without Spring");
	}

	/**
	 * What a module uses, as {@code allowedDependencies} writes it: another module by
	 * name, the platform by the part.
	 */
	private static Set<String> uses(ApplicationModule module, ApplicationModules modules) {
		Set<String> uses = new TreeSet<>();
		module.getDirectDependencies(modules).stream().forEach((ApplicationModuleDependency dependency) -> {
			ApplicationModule target = dependency.getTargetModule();
			String name = target.getIdentifier().toString();
			if ("platform".equals(name)) {
				String part = dependency.getTargetType()
					.getPackageName()
					.substring(target.getBasePackage().getName().length() + 1)
					.replaceAll("\\..*", "");
				uses.add("platform :: " + part);
			}
			else {
				uses.add(name);
			}
		});
		return uses;
	}

	private static Set<String> modulesUsed(ApplicationModule module, ApplicationModules modules) {
		return uses(module, modules).stream()
			.map((dependency) -> dependency.replaceAll(" :: .*", ""))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * The modules a package-info's "Uses …" sentence names, by their display names, each
	 * with or without "the"; "Uses no other module" names none. Any other word fails.
	 */
	private static Set<String> namedIn(String packageInfo, ApplicationModules modules) {
		String doc = packageInfo.substring(packageInfo.indexOf("/**") + 3, packageInfo.indexOf("*/"))
			.replaceAll("(?m)^\\s*\\*", " ")
			.replaceAll("\\s+", " ");
		Matcher uses = Pattern.compile("\\bUses (only )?([^.;(]*)").matcher(doc);
		assertThat(uses.find()).as("a sentence beginning 'Uses' in: %s", doc).isTrue();
		String named = " " + uses.group(2).toLowerCase(Locale.ROOT).trim() + " ";
		Set<String> found = new TreeSet<>();
		if (named.trim().equals("no other module")) {
			return found;
		}
		List<ApplicationModule> byLongestName = modules.stream()
			.sorted(Comparator.comparing((ApplicationModule module) -> module.getDisplayName().length()).reversed())
			.toList();
		for (ApplicationModule module : byLongestName) {
			String name = " " + module.getDisplayName().toLowerCase(Locale.ROOT) + "(?=[ ,])";
			Matcher match = Pattern.compile(name).matcher(named);
			if (match.find()) {
				found.add(module.getIdentifier().toString());
				named = match.replaceAll(" ");
			}
		}
		assertThat(named.replaceAll("\\b(the|and)\\b|,", "").trim()).as("words that name no module in: %s", doc)
			.isEmpty();
		return found;
	}

	private static org.springframework.modulith.ApplicationModule declaration(String packageName) {
		try {
			return Class.forName(packageName + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
