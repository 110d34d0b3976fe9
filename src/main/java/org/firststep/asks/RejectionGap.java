package org.firststep.asks;

import java.util.List;

/**
 * The fear-of-rejection gap: over answered asks that had a prediction, the mean predicted
 * chance of a yes against the real share of yeses (a partly counts as half), in
 * percentage points. People tend to expect far fewer yeses than they get; this shows the
 * person their own numbers. With fewer than three such asks there is no figure yet.
 *
 * @param answered answered asks that had a prediction
 * @param meanPredictedYes the mean predicted chance of a yes, 0 to 100, or null
 * @param actualYesRate the real share of yeses, 0 to 100, or null
 * @param gap actual minus predicted, in percentage points, or null
 */
public record RejectionGap(int answered, Double meanPredictedYes, Double actualYesRate, Double gap) {

	/** How many answered asks with a prediction it takes before there is a figure. */
	public static final int ENOUGH = 3;

	public static RejectionGap of(List<AskOutline> asks) {
		List<AskOutline> counted = asks.stream()
			.filter((ask) -> ask.outcome() != null && ask.predictedYes() != null)
			.toList();
		if (counted.size() < ENOUGH) {
			return new RejectionGap(counted.size(), null, null, null);
		}
		double predicted = counted.stream().mapToInt(AskOutline::predictedYes).average().orElseThrow();
		double actual = counted.stream().mapToDouble((ask) -> ask.outcome().yesShare()).average().orElseThrow() * 100;
		return new RejectionGap(counted.size(), round(predicted), round(actual), round(actual - predicted));
	}

	/** The gap over full asks, such as a history already read for other figures. */
	public static RejectionGap ofAsks(List<Ask> asks) {
		return of(asks.stream().map(AskOutline::of).toList());
	}

	public boolean hasFigure() {
		return this.gap != null;
	}

	/** The predicted share as "about N in 10". */
	public long predictedInTen() {
		return Math.round(this.meanPredictedYes / 10);
	}

	/** The real share as "N in 10". */
	public long actualInTen() {
		return Math.round(this.actualYesRate / 10);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
