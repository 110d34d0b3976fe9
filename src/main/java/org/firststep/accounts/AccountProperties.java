package org.firststep.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts.
 *
 * @param apiTokenLifetime how long an API token works after it is made
 * @param confirmSignUp whether a new account waits until its owner opens a link sent to
 * its address, so that sign-up answers the same whether or not the address has an account
 * ({@code FIRSTSTEP_ACCOUNTS_CONFIRM_SIGN_UP}); unset, it is on exactly when an SMTP
 * server is configured, since without one the link would only reach the outbox folder
 */
@ConfigurationProperties("firststep.accounts")
public record AccountProperties(@DefaultValue("30d") Duration apiTokenLifetime, Boolean confirmSignUp) {
}
