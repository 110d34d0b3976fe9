package org.firststep.asks;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firststep.asks.AskFixtures.ask;

class RejectionGapTests {

	@Test
	void withNoAnswersThereIsNoFigure() {
		RejectionGap gap = RejectionGap.ofAsks(List.of(ask(Size.TINY, 2, 30, null)));
		assertThat(gap.answered()).isZero();
		assertThat(gap.hasFigure()).isFalse();
		assertThat(gap.gap()).isNull();
	}

	@Test
	void fewerThanThreeAnsweredAsksGiveNoFigureYet() {
		RejectionGap gap = RejectionGap
			.ofAsks(List.of(ask(Size.TINY, 2, 30, Outcome.YES), ask(Size.TINY, 2, 30, Outcome.YES)));
		assertThat(gap.answered()).isEqualTo(2);
		assertThat(gap.hasFigure()).isFalse();
	}

	@Test
	void comparesTheMeanPredictionWithTheRealShareOfYeses() {
		var asks = List.of(ask(Size.TINY, 2, 20, Outcome.YES), ask(Size.SMALL, 4, 30, Outcome.YES),
				ask(Size.SMALL, 6, 40, Outcome.NO), ask(Size.MEDIUM, 8, 30, Outcome.YES));
		RejectionGap gap = RejectionGap.ofAsks(asks);
		assertThat(gap.answered()).isEqualTo(4);
		assertThat(gap.meanPredictedYes()).isEqualTo(30.0);
		assertThat(gap.actualYesRate()).isEqualTo(75.0);
		assertThat(gap.gap()).isEqualTo(45.0);
		assertThat(gap.predictedInTen()).isEqualTo(3);
		assertThat(gap.actualInTen()).isEqualTo(8);
	}

	@Test
	void partlyCountsAsHalf() {
		var asks = List.of(ask(Size.TINY, 2, 50, Outcome.PARTLY), ask(Size.TINY, 2, 50, Outcome.PARTLY),
				ask(Size.TINY, 2, 50, Outcome.PARTLY));
		RejectionGap gap = RejectionGap.ofAsks(asks);
		assertThat(gap.actualYesRate()).isEqualTo(50.0);
		assertThat(gap.gap()).isEqualTo(0.0);
	}

	@Test
	void asksWithoutAPredictionAreLeftOut() {
		var asks = List.of(ask(Size.TINY, 2, null, Outcome.YES), ask(Size.TINY, 2, null, Outcome.NO),
				ask(Size.TINY, 2, 10, Outcome.NO), ask(Size.TINY, 2, 20, Outcome.NO_REPLY),
				ask(Size.TINY, 2, 30, Outcome.YES));
		RejectionGap gap = RejectionGap.ofAsks(asks);
		assertThat(gap.answered()).isEqualTo(3);
		assertThat(gap.meanPredictedYes()).isEqualTo(20.0);
		assertThat(gap.actualYesRate()).isEqualTo(33.3);
		assertThat(gap.gap()).isEqualTo(13.3);
	}

	@Test
	void aGapCanBeNegative() {
		var asks = List.of(ask(Size.TINY, 2, 90, Outcome.NO), ask(Size.TINY, 2, 90, Outcome.NO_REPLY),
				ask(Size.TINY, 2, 90, Outcome.YES));
		assertThat(RejectionGap.ofAsks(asks).gap()).isEqualTo(-56.7);
	}

}
