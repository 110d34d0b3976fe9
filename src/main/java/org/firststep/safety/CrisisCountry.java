package org.firststep.safety;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import org.firststep.accounts.AccountService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.BrowserCountry;
import org.firststep.platform.web.CountryCode;

/**
 * Whose crisis lines to show: the country asked for, else the one in the profile, else
 * the one the browser's language names.
 */
@Component
public class CrisisCountry {

	private final AccountService accounts;

	CrisisCountry(AccountService accounts) {
		this.accounts = accounts;
	}

	public String choose(String requested, HttpServletRequest request) {
		if (requested != null && CountryCode.ALL.contains(requested)) {
			return requested;
		}
		String fromProfile = CurrentAccount.get()
			.flatMap((me) -> this.accounts.find(me.id()))
			.map((account) -> account.country())
			.orElse(null);
		return (fromProfile != null) ? fromProfile : BrowserCountry.of(request);
	}

}
