/**
 * Reminders and notifications: the schedule of what FirstStep reminds each person of,
 * kept in the database and delivered once across instances; the in-app list; e-mails that
 * say nothing private, each with a one-click unsubscribe; and each person's choices
 * (kinds, quiet hours, a pause). Other features schedule and cancel through
 * {@link Reminders}. Uses accounts and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders", allowedDependencies = { "accounts",
		"platform :: mail", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.reminders;
