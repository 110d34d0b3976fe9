/**
 * Check-ins: one a day, a mood from 0 to 10 in one tap from home, and if the person
 * wants, energy, sleep, signs of pulling away and a note, all sealed. Uses accounts,
 * people, privacy, the safety net and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Check-ins", allowedDependencies = { "accounts", "people",
		"privacy", "safetynet", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.checkins;
