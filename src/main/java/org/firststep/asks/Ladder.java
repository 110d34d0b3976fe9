package org.firststep.asks;

import java.util.Comparator;
import java.util.List;

/**
 * The person's asks from easiest to hardest — by size, then by dread — and the next rung:
 * one size above the largest size that got a yes or a partly. Someone new starts at the
 * smallest size.
 *
 * @param rungs the asks, easiest first; cancelled ones are left out
 * @param suggestedNext the size to try next
 */
public record Ladder(List<Ask> rungs, Size suggestedNext) {

	public static Ladder of(List<Ask> asks) {
		List<Ask> rungs = asks.stream()
			.filter((ask) -> ask.status() != AskStatus.CANCELLED)
			.sorted(Comparator.comparing(Ask::size)
				.thenComparing(Ask::dread, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Ask::createdAt))
			.toList();
		Size next = asks.stream()
			.filter((ask) -> ask.outcome() != null && ask.outcome().wentWell())
			.map(Ask::size)
			.max(Comparator.naturalOrder())
			.map(Size::next)
			.orElse(Size.TINY);
		return new Ladder(rungs, next);
	}

}
