package org.firststep.asks;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.firststep.people.Need;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;

/**
 * The ask editor's form. The send-by deadline comes as a date and a time in the person's
 * own time zone.
 *
 * @param personId who is asked
 * @param need what for
 * @param size how big
 * @param message the words
 * @param channel how it goes out
 * @param predictedYes 0 to 100, empty to skip
 * @param dread 0 to 10, empty to skip
 * @param sendByDate the day, {@code yyyy-MM-dd}, optional
 * @param sendByTime the time, {@code HH:mm}, optional
 * @param accountabilityPersonId who checks they did it, optional
 * @param backupPersonId who to ask if it goes badly, optional
 */
record AskForm(String personId, String need, String size, String message, String channel, Integer predictedYes,
		Integer dread, String sendByDate, String sendByTime, String accountabilityPersonId, String backupPersonId) {

	static final LocalTime DEFAULT_TIME = LocalTime.of(18, 0);

	/**
	 * A day as the date field sends it; ISO 8601 also reads "+999999999-12-31", a day no
	 * clock can count to.
	 */
	private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";

	static AskForm of(Ask ask, ZoneId zone) {
		var local = (ask.sendBy() != null) ? ask.sendBy().atZone(zone) : null;
		return new AskForm(ask.personId(), ask.need().apiName(), ask.size().apiName(), ask.message(),
				AskChannel.apiNameOf(ask.channel()), ask.predictedYes(), ask.dread(),
				(local != null) ? local.toLocalDate().toString() : null,
				(local != null) ? local.toLocalTime().toString() : null, ask.accountabilityPersonId(),
				ask.backupPersonId());
	}

	/** Checks every field and turns the form into an ask to save, or says what to fix. */
	AskInput input(ZoneId zone) {
		List<FieldMessage> errors = new ArrayList<>();
		if (blank(this.personId)) {
			errors.add(new FieldMessage("personId", "asks.person.required"));
		}
		Need chosenNeed = Need.of(this.need).orElse(null);
		if (chosenNeed == null) {
			errors.add(new FieldMessage("need", "asks.need.required"));
		}
		Size chosenSize = Size.of(this.size).orElse(null);
		if (chosenSize == null) {
			errors.add(new FieldMessage("size", "asks.size.required"));
		}
		if (this.message != null && this.message.length() > 4000) {
			errors.add(new FieldMessage("message", "asks.message.tooLong"));
		}
		if (!blank(this.channel) && !this.channel.matches(AskRequest.CHANNELS)) {
			errors.add(new FieldMessage("channel", "asks.channel"));
		}
		if (this.predictedYes != null && (this.predictedYes < 0 || this.predictedYes > 100)) {
			errors.add(new FieldMessage("predictedYes", "asks.predictedYes"));
		}
		if (this.dread != null && (this.dread < 0 || this.dread > 10)) {
			errors.add(new FieldMessage("dread", "asks.dread"));
		}
		Instant sendBy = null;
		if (!blank(this.sendByDate) && !this.sendByDate.matches(DAY)) {
			errors.add(new FieldMessage("sendByDate", "asks.sendBy"));
		}
		else if (!blank(this.sendByDate)) {
			try {
				LocalTime time = blank(this.sendByTime) ? DEFAULT_TIME : LocalTime.parse(this.sendByTime);
				sendBy = LocalDate.parse(this.sendByDate).atTime(time).atZone(zone).toInstant();
			}
			catch (DateTimeException ex) {
				errors.add(new FieldMessage("sendByDate", "asks.sendBy"));
			}
		}
		else if (!blank(this.sendByTime)) {
			errors.add(new FieldMessage("sendByDate", "asks.sendByDay"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.toArray(FieldMessage[]::new));
		}
		return new AskInput(this.personId, chosenNeed, chosenSize, blank(this.message) ? null : this.message.strip(),
				blank(this.channel) ? null : this.channel, this.predictedYes, this.dread, sendBy,
				blank(this.accountabilityPersonId) ? null : this.accountabilityPersonId,
				blank(this.backupPersonId) ? null : this.backupPersonId);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
