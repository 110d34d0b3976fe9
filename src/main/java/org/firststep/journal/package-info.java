/**
 * The journal: entries with an optional mood, sealed; searched in memory, never by the
 * database. The browser keeps a draft until the server confirms it. Uses privacy, the
 * safety net and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal", allowedDependencies = { "privacy", "safetynet",
		"platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.journal;
