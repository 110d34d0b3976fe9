package org.firststep.platform.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Instants and days FirstStep keeps: within the years 1 to 9999, which every database,
 * every sum on a clock and every page can carry. ISO 8601 also reads
 * {@code +999999999-12-31T23:59:59Z}, which passes every parser and then has no epoch
 * millisecond to be stored as; what lies beyond is refused like any value of the wrong
 * kind.
 */
public final class StorableTime {

	static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

	static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

	static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	private StorableTime() {
	}

	public static boolean isStorable(Instant instant) {
		return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
	}

	public static boolean isStorable(LocalDate day) {
		return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
	}

	/**
	 * An ISO 8601 instant that can be kept, as an import reads it.
	 * @throws DateTimeException when it is not one
	 */
	public static Instant instant(String text) {
		Instant instant = Instant.parse(text);
		if (!isStorable(instant)) {
			throw new DateTimeException("beyond the years 1 to 9999");
		}
		return instant;
	}

	/**
	 * An ISO 8601 day that can be kept, as an import reads it.
	 * @throws DateTimeException when it is not one
	 */
	public static LocalDate day(String text) {
		LocalDate day = LocalDate.parse(text);
		if (!isStorable(day)) {
			throw new DateTimeException("beyond the years 1 to 9999");
		}
		return day;
	}

}
