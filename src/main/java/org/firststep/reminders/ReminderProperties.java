package org.firststep.reminders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often each instance looks for reminders that fell due.
 *
 * @param poll the interval ({@code FIRSTSTEP_REMINDERS_POLL}); a reminder made due by a
 * change (an answer, a check-in request) goes at once, not at the next look
 */
@ConfigurationProperties("firststep.reminders")
record ReminderProperties(@DefaultValue("20s") Duration poll) {
}
