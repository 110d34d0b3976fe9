/**
 * Privacy: each account's data key and the one component that seals and opens private
 * fields with it; the person's data rights (export, import, deletion) over every feature
 * that registers its {@link org.firststep.privacy.PersonalData}. Uses the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy",
		allowedDependencies = { "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.privacy;
