/**
 * Accounts: sign-up, sign-in and sign-out, the profile (name, language, time zone,
 * country), password changes, API tokens and account deletion. Uses the platform; other
 * features read the profile through {@link org.firststep.accounts.AccountService}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.firststep.accounts;
