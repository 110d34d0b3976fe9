package org.firststep.asks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firststep.asks.AskFixtures.ask;
import static org.firststep.asks.AskFixtures.cancelled;

class LadderTests {

	@Test
	void someoneNewStartsAtTheSmallestSize() {
		assertThat(Ladder.of(List.of()).suggestedNext()).isEqualTo(Size.TINY);
	}

	@Test
	void asksAreOrderedBySizeThenDread() {
		Ask bigCalm = ask(Size.BIG, 2, null, null);
		Ask tinyDreaded = ask(Size.TINY, 9, null, null);
		Ask tinyCalm = ask(Size.TINY, 1, null, null);
		Ask smallUnrated = ask(Size.SMALL, null, null, null);
		Ask smallDreaded = ask(Size.SMALL, 7, null, null);
		assertThat(Ladder.of(List.of(bigCalm, tinyDreaded, smallUnrated, tinyCalm, smallDreaded)).rungs())
			.containsExactly(tinyCalm, tinyDreaded, smallDreaded, smallUnrated, bigCalm);
	}

	@Test
	void theNextStepIsOneSizeAboveTheLargestThatWentWell() {
		var asks = List.of(ask(Size.TINY, 3, 50, Outcome.YES), ask(Size.SMALL, 5, 40, Outcome.PARTLY),
				ask(Size.MEDIUM, 8, 20, Outcome.NO));
		assertThat(Ladder.of(asks).suggestedNext()).isEqualTo(Size.MEDIUM);
	}

	@Test
	void aNoOrNoReplyDoesNotMoveTheNextStep() {
		var asks = List.of(ask(Size.SMALL, 5, 40, Outcome.NO), ask(Size.MEDIUM, 8, 20, Outcome.NO_REPLY));
		assertThat(Ladder.of(asks).suggestedNext()).isEqualTo(Size.TINY);
	}

	@Test
	void theTopRungStaysAtBig() {
		assertThat(Ladder.of(List.of(ask(Size.BIG, 9, 10, Outcome.YES))).suggestedNext()).isEqualTo(Size.BIG);
	}

	@Test
	void cancelledAsksAreLeftOff() {
		Ask kept = ask(Size.TINY, 1, null, null);
		assertThat(Ladder.of(List.of(kept, cancelled(Size.SMALL))).rungs()).containsExactly(kept);
	}

}
