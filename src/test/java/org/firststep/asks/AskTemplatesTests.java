package org.firststep.asks;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.firststep.people.Need;

import static org.assertj.core.api.Assertions.assertThat;

class AskTemplatesTests {

	final AskTemplates templates = new AskTemplates();

	final ClarityCheck clarity = new ClarityCheck();

	@Test
	void everyNeedAndSizeHasAtLeastThreeTemplatesInBothLanguages() {
		for (Locale language : new Locale[] { Locale.ENGLISH, Locale.of("es") }) {
			for (Need need : Need.values()) {
				for (Size size : Size.values()) {
					assertThat(this.templates.templates(need, size, language)).as("%s %s in %s", need, size, language)
						.hasSizeGreaterThanOrEqualTo(3)
						.allSatisfy((text) -> assertThat(text).isNotBlank().hasSizeLessThan(320));
				}
			}
		}
	}

	@Test
	void everyTemplateOffersAnEasyNoAndUsesOnlyKnownBlanks() {
		for (Locale language : new Locale[] { Locale.ENGLISH, Locale.of("es") }) {
			for (Need need : Need.values()) {
				for (Size size : Size.values()) {
					for (String template : this.templates.templates(need, size, language)) {
						assertThat(this.clarity.check(template).missing()).as(template).doesNotContain("easyNo");
						assertThat(template.replaceAll("\\{name\\}|\\[(day|time|what|where|día|hora|qué|dónde)\\]", ""))
							.as(template)
							.doesNotContain("{")
							.doesNotContain("[");
					}
				}
			}
		}
	}

	@Test
	void spanishAndEnglishDiffer() {
		assertThat(this.templates.templates(Need.LISTENING, Size.SMALL, Locale.of("es")))
			.doesNotContainAnyElementsOf(this.templates.templates(Need.LISTENING, Size.SMALL, Locale.ENGLISH));
	}

	@Test
	void anUnknownLanguageFallsBackToEnglish() {
		assertThat(this.templates.templates(Need.CRISIS, Size.TINY, Locale.GERMAN))
			.isEqualTo(this.templates.templates(Need.CRISIS, Size.TINY, Locale.ENGLISH));
	}

	@Test
	void fillingPutsTheFirstNameInOrLeavesNoDanglingComma() {
		assertThat(this.templates.fill("Hi {name}, just thinking of you.", "Sam"))
			.isEqualTo("Hi Sam, just thinking of you.");
		assertThat(this.templates.fill("Hi {name}, just thinking of you.", "")).isEqualTo("Hi, just thinking of you.");
		assertThat(this.templates.fill("{name}, could you call me?", null)).isEqualTo("Could you call me?");
		assertThat(this.templates.fill("Hola, {name}, ¿me llamas?", " ")).isEqualTo("Hola, ¿me llamas?");
	}

}
