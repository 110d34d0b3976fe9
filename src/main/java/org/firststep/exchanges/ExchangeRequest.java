package org.firststep.exchanges;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;

/**
 * An act of help as the API and the page send it.
 *
 * @param direction {@code given} or {@code received}
 * @param personId with whom, from the network
 * @param what what it was
 * @param date when ({@code 2026-11-22}), today if left out
 */
record ExchangeRequest(
		@NotNull(message = "{exchanges.direction}") @Pattern(regexp = "given|received",
				message = "{exchanges.direction}") String direction,
		@NotBlank(message = "{exchanges.person.unknown}") String personId,
		@NotBlank(message = "{exchanges.what.required}") @Size(max = 1000,
				message = "{exchanges.what.tooLong}") String what,
		@Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{checkins.date}") String date) {

	LocalDate day() {
		if (this.date == null || this.date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.date);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(new FieldMessage("date", "checkins.date"));
		}
	}

}
