/**
 * The home page: a calm welcome for visitors, and for signed-in people the one place
 * later capabilities add their next small step to. Uses accounts, asks, self-assessments,
 * people, reminders, supporters and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home",
		allowedDependencies = { "accounts", "asks", "assessments", "people", "reminders", "supporters",
				"platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.home;
