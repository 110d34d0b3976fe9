/**
 * The message coach for supporters: flags minimising, comparison, toxic positivity,
 * denying, hurrying, vague offers, unasked advice and blame in what they are about to
 * write, each with a suggestion in the language of the phrase. Its rules live in
 * {@code coach/rules.txt}. It suggests; it never rewrites or sends anything. Uses no
 * other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Message coach", allowedDependencies = {})
package org.firststep.coach;
