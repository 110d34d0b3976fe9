/**
 * Supporters: invitations with scopes, the links between a person and their supporters,
 * and what the person shares over each link (status, asks, offers, the safety plan) as
 * copies sealed under the link's own key. A supporter sees nothing else. Each side learns
 * of the other's news through reminders. Uses accounts, asks, people, privacy, reminders,
 * safety and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supporters",
		allowedDependencies = { "accounts", "asks", "people", "privacy", "reminders", "safety", "platform :: mail",
				"platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.supporters;
