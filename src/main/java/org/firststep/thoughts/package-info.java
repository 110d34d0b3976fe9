/**
 * The inner critic: thought records with thinking traps, and the belief library of
 * beliefs that stop people asking for help, each with alternatives and a small
 * experiment. Records are sealed. Uses asks, people, privacy, the safety net and the
 * platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thoughts", allowedDependencies = { "asks", "people",
		"privacy", "safetynet", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.thoughts;
