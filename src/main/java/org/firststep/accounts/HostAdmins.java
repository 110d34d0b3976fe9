package org.firststep.accounts;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.firststep.platform.security.CurrentAccount;

/**
 * The host's administrators: the accounts whose e-mail address
 * {@code firststep.host.admins} lists, whatever its case (decision 38). Host pages ask
 * here and answer everyone else as if they did not exist.
 */
@Component
public class HostAdmins {

	private final HostProperties properties;

	private final AccountService accounts;

	HostAdmins(HostProperties properties, AccountService accounts) {
		this.properties = properties;
		this.accounts = accounts;
	}

	/**
	 * The signed-in account, when it is one of the host's administrators; empty for
	 * anyone else, and without reading anything when nobody is.
	 */
	public Optional<Account> admin(CurrentAccount me) {
		if (me == null || this.properties.admins().isEmpty()) {
			return Optional.empty();
		}
		return this.accounts.find(me.id()).filter(this::isAdmin);
	}

	/** Whether the account is one of the host's administrators. */
	boolean isAdmin(Account account) {
		return this.properties.admins().contains(account.email().toLowerCase(Locale.ROOT));
	}

}
