/**
 * Pages for whoever runs the instance, reached only by the host's administrators
 * ({@code firststep.host.admins}, decision 38) and answered to anyone else as if they did
 * not exist: the outbox of e-mails written to files when no SMTP server is configured.
 * Uses accounts and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Host",
		allowedDependencies = { "accounts", "platform :: mail", "platform :: security", "platform :: web" })
package org.firststep.host;
