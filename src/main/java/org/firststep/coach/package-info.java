/**
 * The message coach for supporters: flags minimising, comparison, toxic positivity,
 * denying, hurrying, vague offers, unasked advice and blame in what they are about to
 * write, each with a suggestion in the language of the phrase. Its rules live in
 * {@code coach/rules.txt}. It suggests; it never rewrites or sends anything. Depends only
 * on the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Message coach")
package org.firststep.coach;
