/**
 * Asks, the core loop: a small, specific request of a safe person, with a prediction, a
 * commitment, the sending from the person's own phone or mail, the outcome, the ladder of
 * asks from easiest to hardest, and the fear-of-rejection gap between predicted and real
 * yeses. Messages, predictions and feelings are sealed through privacy; send-by times and
 * follow-ups are scheduled through reminders. Uses accounts, people, privacy, reminders,
 * the safety net and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Asks", allowedDependencies = { "accounts", "people",
		"privacy", "reminders", "safetynet", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.asks;
