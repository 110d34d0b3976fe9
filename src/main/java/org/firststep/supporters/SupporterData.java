package org.firststep.supporters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.privacy.PersonalData;
import org.firststep.platform.web.ApiNamed;

/**
 * The status and the supporters in the person's export. Links join two accounts of one
 * instance, so an import restores the status but not the links: supporters are invited
 * again. A fresh start removes the links on both sides, since their keys were wrapped
 * under the old data key.
 */
@Component
class SupporterData implements PersonalData {

	private final SupporterRepository repository;

	private final StatusService statuses;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	SupporterData(SupporterRepository repository, StatusService statuses, AccountService accounts, JdbcClient jdbc) {
		this.repository = repository;
		this.statuses = statuses;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "supporters";
	}

	@Override
	public int restoreOrder() {
		return 60;
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		List<Map<String, Object>> rows = new ArrayList<>();
		this.statuses.current(accountId).ifPresent((status) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", "status");
			row.put("status", status.apiName());
			rows.add(row);
		});
		for (SupporterLink link : this.repository.linksOfOwner(accountId)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", "supporter");
			row.put("displayName",
					this.accounts.find(link.supporterAccountId()).map(Account::greetingName).orElse(null));
			row.put("scopes", Scope.names(link.scopes()));
			row.put("createdAt", link.createdAt().toString());
			rows.add(row);
		}
		return rows;
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			if ("status".equals(row.get("kind"))) {
				Object status = row.get("status");
				if (!ApiNamed.isOneOf(SharedStatus.class, status)) {
					throw new InvalidInputException(new FieldMessage("data.supporters.status", "import.data"));
				}
				this.statuses.set(accountId, PersonStatus.of(status.toString()));
			}
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return export(accountId).isEmpty();
	}

	@Override
	public void erase(String accountId) {
		this.statuses.erase(accountId);
		this.jdbc.sql("DELETE FROM supporter_link WHERE account_id = ? OR supporter_account_id = ?")
			.params(accountId, accountId)
			.update();
		this.jdbc.sql("DELETE FROM invitation WHERE account_id = ?").param(accountId).update();
	}

}
