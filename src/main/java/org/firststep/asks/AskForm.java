package org.firststep.asks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.firststep.people.Need;
import org.firststep.platform.web.Day;
import org.firststep.platform.web.OneOf;

/**
 * The ask editor's form. The send-by deadline comes as a date and a time in the person's
 * own time zone. Blank fields are fields left empty.
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
 * @param shareWithPartner whether the partner, when they are a supporter, may read the
 * words in the app; unticked when absent
 */
@AskForm.DayWithTime
record AskForm(@NotNull(message = "{asks.person.required}") String personId,
		@NotNull(message = "{asks.need.required}") @OneOf(value = Need.class, message = "{asks.need}") String need,
		@NotNull(message = "{asks.size.required}") @OneOf(value = Size.class, message = "{asks.size}") String size,
		@AskMessage String message, @OneOf(value = AskChannel.class, message = "{asks.channel}") String channel,
		@PredictedYes Integer predictedYes, @Dread Integer dread, @Day(message = "{asks.sendBy}") String sendByDate,
		@Pattern(regexp = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?", message = "{asks.sendBy}") String sendByTime,
		String accountabilityPersonId, String backupPersonId, Boolean shareWithPartner) {

	static final LocalTime DEFAULT_TIME = LocalTime.of(18, 0);

	AskForm {
		personId = blankToNull(personId);
		need = blankToNull(need);
		size = blankToNull(size);
		message = blankToNull(message);
		channel = blankToNull(channel);
		sendByDate = blankToNull(sendByDate);
		sendByTime = blankToNull(sendByTime);
		accountabilityPersonId = blankToNull(accountabilityPersonId);
		backupPersonId = blankToNull(backupPersonId);
	}

	static AskForm of(Ask ask, ZoneId zone) {
		var local = (ask.sendBy() != null) ? ask.sendBy().atZone(zone) : null;
		return new AskForm(ask.personId(), ask.need().apiName(), ask.size().apiName(), ask.message(),
				AskChannel.apiNameOf(ask.channel()), ask.predictedYes(), ask.dread(),
				(local != null) ? local.toLocalDate().toString() : null,
				// A day given without a time was kept at the default time: it comes back
				// without one, so that saving again keeps its morning reminder.
				(local != null && !local.toLocalTime().equals(DEFAULT_TIME)) ? local.toLocalTime().toString() : null,
				ask.accountabilityPersonId(), ask.backupPersonId(), ask.sharedWithPartner());
	}

	/** The ask to save, from a form that passed its constraints. */
	AskInput input(ZoneId zone) {
		Instant sendBy = null;
		if (this.sendByDate != null) {
			LocalTime time = (this.sendByTime != null) ? LocalTime.parse(this.sendByTime) : DEFAULT_TIME;
			sendBy = LocalDate.parse(this.sendByDate).atTime(time).atZone(zone).toInstant();
		}
		return new AskInput(this.personId, Need.of(this.need).orElseThrow(), Size.of(this.size).orElseThrow(),
				(this.message != null) ? this.message.strip() : null, this.channel, this.predictedYes, this.dread,
				sendBy, this.accountabilityPersonId, this.backupPersonId, sendBy != null && this.sendByTime == null,
				Boolean.TRUE.equals(this.shareWithPartner));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** A time needs a day: the error shows on the day's field. */
	@Documented
	@Constraint(validatedBy = DayWithTime.Validator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface DayWithTime {

		String message() default "{asks.sendByDay}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		/** Checks that a time comes with a day. */
		class Validator implements ConstraintValidator<DayWithTime, AskForm> {

			@Override
			public boolean isValid(AskForm form, ConstraintValidatorContext context) {
				if (form == null || form.sendByTime() == null || form.sendByDate() != null) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("sendByDate")
					.addConstraintViolation();
				return false;
			}

		}

	}

}
