package org.firststep.safetynet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the crisis net on the evaluation corpus written before it (and on the blind
 * sets added after their one measured run), per language and category, and prints the
 * figures: every crisis statement must reach {@code CRISIS}; at most 5 % of the
 * statements that must not reach it may; concern statements are reported.
 */
class CrisisCorpusTests {

	private static final List<String> LANGUAGES = List.of("en", "es");

	@Test
	void everyCrisisStatementReachesCrisisAndTalkAboutTheTopicRarelyDoes() {
		StringBuilder report = new StringBuilder("\nCrisis net on the corpus\n");
		List<String> missed = new ArrayList<>();
		for (String language : LANGUAGES) {
			Tally crisis = measure(report, language, "crisis", SafetyLevel.CRISIS, missed);
			Tally concern = measure(report, language, "concern", SafetyLevel.CONCERN, new ArrayList<>());
			Tally notCrisis = measure(report, language, "not-crisis", null, new ArrayList<>());
			report.append(String.format(
					"%s: crisis recall %.1f %% (%d/%d), concern %.1f %% (%d/%d), "
							+ "crisis on must-not %.1f %% (%d/%d)%n%n",
					language, crisis.percent(), crisis.right, crisis.all, concern.percent(), concern.right, concern.all,
					100 - notCrisis.percent(), notCrisis.all - notCrisis.right, notCrisis.all));
			assertThat(100 - notCrisis.percent()).as(language + ": crisis on the must-not set").isLessThanOrEqualTo(5);
			assertThat(crisis.all).as(language + ": crisis statements").isGreaterThanOrEqualTo(300);
			assertThat(concern.all).as(language + ": concern statements").isGreaterThanOrEqualTo(100);
			assertThat(notCrisis.all).as(language + ": must-not statements").isGreaterThanOrEqualTo(300);
		}
		System.out.println(report);
		assertThat(missed).as("crisis statements below crisis").isEmpty();
	}

	@Test
	void everyCategoryHasAtLeastFifteenStatementsPerLanguage() {
		for (String language : LANGUAGES) {
			for (Path file : files(language, "crisis")) {
				assertThat(statements(file)).as(file.toString()).hasSizeGreaterThanOrEqualTo(15);
			}
		}
	}

	/**
	 * Counts, per category, the statements at the expected level ({@code null}: any level
	 * below crisis), and appends a line per category to the report.
	 */
	private static Tally measure(StringBuilder report, String language, String set, SafetyLevel expected,
			List<String> missed) {
		Tally total = new Tally();
		for (Path file : files(language, set)) {
			Tally tally = new Tally();
			Map<SafetyLevel, Integer> levels = new TreeMap<>();
			for (String statement : statements(file)) {
				SafetyLevel level = CrisisLanguage.assess(statement).level();
				levels.merge(level, 1, Integer::sum);
				boolean right = (expected != null) ? level == expected : level != SafetyLevel.CRISIS;
				tally.add(right);
				if (!right && expected == SafetyLevel.CRISIS) {
					missed.add(language + "/" + file.getFileName() + ": " + level + ": " + statement);
				}
			}
			total.all += tally.all;
			total.right += tally.right;
			report.append(String.format("  %s %-10s %-24s %5.1f %%  %3d/%3d  %s%n", language, set,
					file.getFileName().toString().replace(".txt", ""), tally.percent(), tally.right, tally.all,
					levels));
		}
		return total;
	}

	private static List<Path> files(String language, String set) {
		try (Stream<Path> files = Files.list(corpus().resolve(language).resolve(set))) {
			return files.filter((file) -> file.toString().endsWith(".txt")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> statements(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path corpus() {
		try {
			return Path.of(CrisisCorpusTests.class.getResource("/safetynet/corpus").toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Tally {

		int all;

		int right;

		void add(boolean right) {
			this.all++;
			this.right += right ? 1 : 0;
		}

		double percent() {
			return (this.all == 0) ? 100 : 100.0 * this.right / this.all;
		}

	}

}
