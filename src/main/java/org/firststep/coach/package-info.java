/**
 * The message coach for supporters: flags minimising, toxic positivity, vague offers,
 * unasked advice and blame in what they are about to write, each with a suggestion. It
 * suggests; it never rewrites or sends anything. Depends only on the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Message coach")
package org.firststep.coach;
