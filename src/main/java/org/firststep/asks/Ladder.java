package org.firststep.asks;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The person's asks from easiest to hardest — by size, then by dread — and the next rung:
 * one size above the largest size that got a yes or a partly. Someone new starts at the
 * smallest size.
 *
 * @param <R> what each rung is: a whole ask for the API, or only what the page shows
 * @param rungs the asks, easiest first; cancelled ones are left out
 * @param suggestedNext the size to try next
 */
public record Ladder<R extends Ladder.Rung>(List<R> rungs, Size suggestedNext) {

	public static <R extends Rung> Ladder<R> of(List<R> asks) {
		List<R> rungs = asks.stream()
			.filter((ask) -> ask.status() != AskStatus.CANCELLED)
			.sorted(Comparator.comparing(Rung::size)
				.thenComparing(Rung::dread, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Rung::createdAt))
			.toList();
		Size next = asks.stream()
			.filter((ask) -> ask.outcome() != null && ask.outcome().wentWell())
			.map(Rung::size)
			.max(Comparator.naturalOrder())
			.map(Size::next)
			.orElse(Size.TINY);
		return new Ladder<>(rungs, next);
	}

	/** What the ladder orders an ask by. */
	public interface Rung {

		Size size();

		/** How much the person dreaded it, 0 to 10; null when not rated. */
		Integer dread();

		AskStatus status();

		Outcome outcome();

		Instant createdAt();

	}

}
