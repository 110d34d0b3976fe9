/**
 * Safety: the crisis card and the crisis lines of each country, from
 * {@code safety/crisis_lines.json} (copied from the project's shared data with its
 * sources; no number is ever made up). Uses accounts, people, privacy, the safety net and
 * the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety", allowedDependencies = { "accounts", "people",
		"privacy", "safetynet", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.safety;
