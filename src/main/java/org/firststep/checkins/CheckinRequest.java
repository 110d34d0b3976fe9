package org.firststep.checkins;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.Day;
import org.firststep.platform.web.OneOf;

/**
 * A check-in as the API and the page send it.
 *
 * @param date the day ({@code 2026-11-22}), or null for today
 * @param mood 0 to 10
 * @param energy 0 to 10
 * @param sleepHours 0 to 24
 * @param signs signs of pulling away
 * @param note a private note
 */
record CheckinRequest(@Day(message = "{checkins.date}") String date,
		@NotNull(message = "{checkins.mood}") @Min(value = 0, message = "{checkins.mood}") @Max(value = 10,
				message = "{checkins.mood}") Integer mood,
		@Min(value = 0, message = "{checkins.energy}") @Max(value = 10, message = "{checkins.energy}") Integer energy,
		@DecimalMin(value = "0", message = "{checkins.sleep}") @DecimalMax(value = "24",
				message = "{checkins.sleep}") Double sleepHours,
		List<@NotNull(message = "{checkins.sign}") @OneOf(value = Sign.class,
				message = "{checkins.sign}") String> signs,
		@Size(max = 4000, message = "{checkins.note.tooLong}") String note) {

	static CheckinRequest of(Checkin checkin) {
		return new CheckinRequest(checkin.day().toString(), checkin.mood(), checkin.energy(), checkin.sleepHours(),
				checkin.signs().stream().map(Sign::apiName).toList(), checkin.note());
	}

	CheckinInput input() {
		LocalDate day = (this.date == null || this.date.isBlank()) ? null : LocalDate.parse(this.date);
		Set<Sign> chosen = EnumSet.noneOf(Sign.class);
		if (this.signs != null) {
			this.signs.stream().map(Sign::of).flatMap(java.util.Optional::stream).forEach(chosen::add);
		}
		return new CheckinInput(day, this.mood, this.energy, this.sleepHours, chosen, this.note);
	}

}
