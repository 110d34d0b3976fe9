/**
 * Supporters: invitations with scopes, the links between a person and their supporters,
 * and what the person shares over each link (status, asks, offers, the safety plan) as
 * copies sealed under the link's own key. A supporter sees nothing else. Uses accounts,
 * asks, people, privacy, safety and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supporters",
		allowedDependencies = { "accounts", "asks", "people", "privacy", "safety", "platform :: mail",
				"platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.supporters;
