package org.firststep.supporters;

import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.firststep.asks.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The supporters' answers, statuses and scopes keep the words stored before they were
 * types, read back from them in one place, and fail clearly on a word that is none.
 */
class StoredWordsTests {

	@Test
	void answersKeepTheirWordsAndTheAsksOutcome() {
		assertThat(Stream.of(SupporterAnswer.values()).map(SupporterAnswer::apiName)).containsExactly("yes", "partly",
				"cantNow");
		assertThat(Stream.of(SupporterAnswer.values()).map(SupporterAnswer::outcome)).containsExactly(Outcome.YES,
				Outcome.PARTLY, Outcome.NO);
		for (SupporterAnswer answer : SupporterAnswer.values()) {
			assertThat(SupporterAnswer.of(answer.apiName())).isSameAs(answer);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> SupporterAnswer.of("maybe"))
			.withMessage("Unknown supporter answer");
		assertThatIllegalArgumentException().isThrownBy(() -> SupporterAnswer.of(null));
	}

	@Test
	void statusesKeepTheWordsTheirPatternAccepts() {
		assertThat(Stream.of(PersonStatus.values()).map(PersonStatus::apiName).collect(Collectors.joining("|")))
			.isEqualTo(StatusService.PATTERN);
		for (PersonStatus status : PersonStatus.values()) {
			assertThat(PersonStatus.of(status.apiName())).isSameAs(status);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> PersonStatus.of("fine"))
			.withMessage("Unknown person status");
	}

	@Test
	void storedScopesReadBackAndAnUnknownOneFailsNamingIt() {
		assertThat(Stream.of(Scope.values()).map(Scope::apiName).collect(Collectors.joining("|")))
			.isEqualTo("asks|status|offers|safetyPlan");
		assertThat(Scope.parse(Scope.text(EnumSet.allOf(Scope.class)))).isEqualTo(EnumSet.allOf(Scope.class));
		assertThat(Scope.parse(Scope.text(EnumSet.noneOf(Scope.class)))).isEmpty();
		assertThat(Scope.parse("asks,status")).containsExactlyInAnyOrder(Scope.ASKS, Scope.STATUS);
		assertThatIllegalStateException().isThrownBy(() -> Scope.parse("asks,journal"))
			.withMessageContaining("journal");
	}

}
