package org.firststep.assessments;

import java.util.List;

import org.firststep.safety.CountryLines;
import org.firststep.safety.CrisisLine;

/**
 * The numbers a result shows first when the self-harm item was answered above "not at
 * all": the country's emergency numbers and its crisis lines.
 *
 * @param emergency the emergency numbers to tap
 * @param lines the crisis lines, the primary one first
 */
public record CrisisNumbers(List<Tap> emergency, List<Line> lines) {

	static CrisisNumbers of(CountryLines country) {
		return new CrisisNumbers(country.emergencyDials().stream().map(Tap::of).toList(),
				country.lines().stream().map(Line::of).toList());
	}

	/**
	 * A number to tap.
	 *
	 * @param number the number as written
	 * @param text whether it takes a text rather than a call
	 * @param href the {@code tel:} or {@code sms:} link
	 */
	public record Tap(String number, boolean text, String href) {

		static Tap of(org.firststep.safety.Dial dial) {
			return (dial != null) ? new Tap(dial.number(), "text".equals(dial.kind()), dial.href()) : null;
		}

	}

	/**
	 * A crisis line.
	 *
	 * @param name the service's name
	 * @param call the number to call, or null
	 * @param text the number to text, or null
	 */
	public record Line(String name, Tap call, Tap text) {

		static Line of(CrisisLine line) {
			return new Line(line.name(), Tap.of(line.call()), Tap.of(line.text()));
		}

	}

}
