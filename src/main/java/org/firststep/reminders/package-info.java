/**
 * Reminders and notifications: the schedule of what FirstStep reminds each person of,
 * kept in the database and delivered once across instances; the in-app list; e-mails that
 * say nothing private, each with a one-click unsubscribe; each person's choices (kinds,
 * quiet hours, a pause); and a private iCalendar feed, whose address is sealed. Other
 * features schedule and cancel through {@link Reminders}. Uses accounts, privacy and the
 * platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders", allowedDependencies = { "accounts",
		"privacy", "platform :: mail", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.reminders;
