package org.firststep.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts.
 *
 * @param apiTokenLifetime how long an API token works after it is made
 */
@ConfigurationProperties("firststep.accounts")
public record AccountProperties(@DefaultValue("30d") Duration apiTokenLifetime) {
}
