/**
 * The support network: the people and services a person can turn to, what each is good
 * for, how safe they feel to ask, and the safest one for a need. Names, relations, ways
 * to reach them and notes are sealed through privacy. Uses privacy, the safety net and
 * the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "privacy", "safetynet",
		"platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.people;
