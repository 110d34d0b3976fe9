/**
 * Give and take: help given and received, with whom and what, and the balance, framed as
 * an exchange that strengthens ties and never as a debt. What was given or received is
 * sealed. Uses accounts, asks, people, privacy, the safety net and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Give and take",
		allowedDependencies = { "accounts", "asks", "people", "privacy", "safetynet", "platform :: persistence",
				"platform :: security", "platform :: web" })
package org.firststep.exchanges;
