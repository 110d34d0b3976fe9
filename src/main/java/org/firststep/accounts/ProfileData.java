package org.firststep.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.privacy.PersonalData;

/**
 * The profile in the export: name, language, time zone and country. The e-mail address
 * and password belong to the account on each instance and are not carried over. The
 * profile never counts as data that would stop an import, and a fresh start keeps it.
 */
@Component
class ProfileData implements PersonalData {

	private final AccountService accounts;

	private final Validator validator;

	ProfileData(AccountService accounts, Validator validator) {
		this.accounts = accounts;
		this.validator = validator;
	}

	@Override
	public String kind() {
		return "profile";
	}

	@Override
	public int restoreOrder() {
		return 0;
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		Account account = this.accounts.get(accountId);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("displayName", account.displayName());
		row.put("locale", account.locale().getLanguage());
		row.put("timeZone", account.timeZone().getId());
		row.put("country", account.country());
		return List.of(row);
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<String, Object> row = rows.get(0);
		ProfileChange change = new ProfileChange(text(row, "displayName"), text(row, "locale"), text(row, "timeZone"),
				text(row, "country"));
		var violations = this.validator.validate(change);
		if (!violations.isEmpty()) {
			var violation = violations.iterator().next();
			throw new InvalidInputException(
					new FieldMessage("data.profile." + violation.getPropertyPath(), "import.data"));
		}
		this.accounts.updateProfile(accountId, change);
	}

	@Override
	public boolean isEmpty(String accountId) {
		return true;
	}

	@Override
	public void erase(String accountId) {
		// A fresh start keeps the profile: it holds nothing private.
	}

	private static String text(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value == null) ? "" : value.toString();
	}

}
