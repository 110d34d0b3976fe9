package org.firststep.exchanges;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.Day;
import org.firststep.platform.web.OneOf;

/**
 * An act of help as the API and the page send it.
 *
 * @param direction {@code given} or {@code received}
 * @param personId with whom, from the network
 * @param what what it was
 * @param date when ({@code 2026-11-22}), today if left out
 */
record ExchangeRequest(
		@NotNull(message = "{exchanges.direction}") @OneOf(value = Direction.class,
				message = "{exchanges.direction}") String direction,
		@NotBlank(message = "{exchanges.person.unknown}") String personId,
		@NotBlank(message = "{exchanges.what.required}") @Size(max = 1000,
				message = "{exchanges.what.tooLong}") String what,
		@Day(message = "{checkins.date}") String date) {

	LocalDate day() {
		return (this.date == null || this.date.isBlank()) ? null : LocalDate.parse(this.date);
	}

}
