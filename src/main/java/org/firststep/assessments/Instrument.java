package org.firststep.assessments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.firststep.platform.web.ApiNamed;

/**
 * The instruments, their length and their bands (Kroenke 2001 and 2003, Spitzer 2006).
 */
public enum Instrument implements ApiNamed {

	PHQ9(9, List.of(new Band("minimal", 0, 4), new Band("mild", 5, 9), new Band("moderate", 10, 14),
			new Band("moderatelySevere", 15, 19), new Band("severe", 20, 27))),

	GAD7(7, List.of(new Band("minimal", 0, 4), new Band("mild", 5, 9), new Band("moderate", 10, 14),
			new Band("severe", 15, 21))),

	PHQ2(2, List.of(new Band("negative", 0, 2), new Band("positive", 3, 6)));

	private final int items;

	private final List<Band> bands;

	Instrument(int items, List<Band> bands) {
		this.items = items;
		this.bands = bands;
	}

	public int items() {
		return this.items;
	}

	public int maxScore() {
		return this.items * 3;
	}

	public List<Band> bands() {
		return this.bands;
	}

	/** Whether the instrument asks the difficulty question after its items. */
	public boolean asksDifficulty() {
		return this != PHQ2;
	}

	public String band(int score) {
		return this.bands.stream()
			.filter((band) -> score >= band.from() && score <= band.to())
			.findFirst()
			.orElseThrow()
			.name();
	}

	/** The URL and API name: {@code PHQ9}, {@code GAD7}, {@code PHQ2}. */
	@Override
	public String apiName() {
		return name();
	}

	public static Optional<Instrument> of(String name) {
		return Arrays.stream(values()).filter((instrument) -> instrument.name().equals(name)).findFirst();
	}

	/**
	 * A band of scores.
	 *
	 * @param name its API name
	 * @param from the lowest score in it
	 * @param to the highest score in it
	 */
	public record Band(String name, int from, int to) {
	}

}
