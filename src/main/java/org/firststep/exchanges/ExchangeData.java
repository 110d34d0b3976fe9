package org.firststep.exchanges;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;
import org.firststep.platform.web.ApiNamed;

/** Give and take in the person's export and import. */
@Component
class ExchangeData implements PersonalData {

	private final ExchangeService exchanges;

	private final ExchangeRepository repository;

	private final org.firststep.people.PeopleService people;

	ExchangeData(ExchangeService exchanges, ExchangeRepository repository, org.firststep.people.PeopleService people) {
		this.exchanges = exchanges;
		this.repository = repository;
		this.people = people;
	}

	@Override
	public String kind() {
		return "exchanges";
	}

	@Override
	public int restoreOrder() {
		return 50;
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		return this.exchanges.list(accountId).stream().map((exchange) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", exchange.id());
			row.put("direction", exchange.direction());
			row.put("personId", exchange.personId());
			row.put("what", exchange.what());
			row.put("date", exchange.day().toString());
			row.put("createdAt", exchange.createdAt().toString());
			return row;
		}).toList();
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			Exchange exchange;
			try {
				String direction = row.get("direction").toString();
				String what = row.get("what").toString();
				if (!ApiNamed.isOneOf(Direction.class, direction) || what.isBlank()) {
					throw new IllegalArgumentException("not an exchange");
				}
				exchange = new Exchange(row.get("id").toString(), direction, row.get("personId").toString(), what,
						StorableTime.day(row.get("date").toString()),
						StorableTime.instant(row.get("createdAt").toString()));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.exchanges", "import.data"));
			}
			if (this.people.find(accountId, exchange.personId()).isEmpty()) {
				throw new InvalidInputException(new FieldMessage("data.exchanges.personId", "import.data"));
			}
			if (this.repository.exists(exchange.id())) {
				throw new ConflictException("import.alreadyHere");
			}
			this.repository.insert(accountId, exchange);
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return this.exchanges.isEmpty(accountId);
	}

	@Override
	public void erase(String accountId) {
		this.repository.deleteAll(accountId);
	}

}
