/**
 * Accounts: sign-up, sign-in and sign-out, the profile (name, language, time zone,
 * country), password changes, API tokens and account deletion. Uses privacy and the
 * platform; other features read the profile through
 * {@link org.firststep.accounts.AccountService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "privacy",
		"platform :: mail", "platform :: persistence", "platform :: security", "platform :: web" })
package org.firststep.accounts;
