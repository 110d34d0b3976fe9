/**
 * Safety net: the crisis-language detector that looks at every free text a person saves
 * and the public {@code POST /api/v1/safety/check}. Uses only the platform; every feature
 * can use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety net",
		allowedDependencies = { "platform :: security" })
package org.firststep.safetynet;
