/**
 * Insights: whether it may be time to ask for professional help, patterns of pulling away
 * named kindly, and the person's own figures over time. Keeps nothing of its own. Uses
 * accounts, asks, self-assessments, check-ins, people, the safety net and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights", allowedDependencies = { "accounts", "asks",
		"assessments", "checkins", "people", "safetynet", "platform :: security" })
package org.firststep.insights;
