package org.firststep.asks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.firststep.people.Need;
import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;

/** Asks in the person's export and import, after the people they refer to. */
@Component
class AskData implements PersonalData {

	private final AskService asks;

	private final AskRepository repository;

	AskData(AskService asks, AskRepository repository) {
		this.asks = asks;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "asks";
	}

	@Override
	public int restoreOrder() {
		return 20;
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		return this.asks.list(accountId).stream().map(AskData::row).toList();
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			Ask ask;
			try {
				ask = ask(row);
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.asks", "import.data"));
			}
			if (this.repository.exists(ask.id())) {
				throw new ConflictException("import.alreadyHere");
			}
			AskInput input = new AskInput(ask.personId(), ask.need(), ask.size(), ask.message(),
					AskChannel.apiNameOf(ask.channel()), ask.predictedYes(), ask.dread(), ask.sendBy(),
					ask.accountabilityPersonId(), ask.backupPersonId(), ask.sharedWithPartner());
			this.asks.checkPeople(accountId, input);
			this.repository.insert(accountId, ask, ask.createdAt().toEpochMilli());
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return this.asks.isEmpty(accountId);
	}

	@Override
	public void erase(String accountId) {
		this.repository.deleteAll(accountId);
	}

	static Map<String, Object> row(Ask ask) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", ask.id());
		row.put("personId", ask.personId());
		row.put("need", ask.need().apiName());
		row.put("size", ask.size().apiName());
		row.put("message", ask.message());
		row.put("channel", AskChannel.apiNameOf(ask.channel()));
		row.put("predictedYes", ask.predictedYes());
		row.put("dread", ask.dread());
		row.put("sendBy", text(ask.sendBy()));
		row.put("accountabilityPersonId", ask.accountabilityPersonId());
		row.put("backupPersonId", ask.backupPersonId());
		row.put("status", ask.status().apiName());
		row.put("outcome", (ask.outcome() != null) ? ask.outcome().apiName() : null);
		row.put("feelingAfter", ask.feelingAfter());
		row.put("note", ask.outcomeNote());
		row.put("sentAt", text(ask.sentAt()));
		row.put("answeredAt", text(ask.answeredAt()));
		row.put("createdAt", text(ask.createdAt()));
		row.put("shareWithPartner", ask.sharedWithPartner());
		return row;
	}

	private static Ask ask(Map<String, Object> row) {
		AskStatus status = AskStatus.of((String) row.get("status"));
		String outcome = (String) row.get("outcome");
		return new Ask(required(row, "id"), (String) row.get("personId"),
				Need.of((String) row.get("need")).orElseThrow(), Size.of((String) row.get("size")).orElseThrow(),
				(String) row.get("message"), AskChannel.of((String) row.get("channel")),
				number(row, "predictedYes", 100), number(row, "dread", 10), instant(row, "sendBy"),
				(String) row.get("accountabilityPersonId"), (String) row.get("backupPersonId"), status,
				(outcome != null) ? Outcome.of(outcome).orElseThrow() : null, number(row, "feelingAfter", 10),
				(String) row.get("note"), instant(row, "sentAt"), instant(row, "answeredAt"),
				StorableTime.instant(required(row, "createdAt")), Boolean.TRUE.equals(row.get("shareWithPartner")));
	}

	private static String required(Map<String, Object> row, String key) {
		Object value = row.get(key);
		if (!(value instanceof String text) || text.isBlank()) {
			throw new IllegalArgumentException(key);
		}
		return text;
	}

	private static Integer number(Map<String, Object> row, String key, int max) {
		Object value = row.get(key);
		if (value == null) {
			return null;
		}
		int number = ((Number) value).intValue();
		if (number < 0 || number > max) {
			throw new IllegalArgumentException(key);
		}
		return number;
	}

	private static Instant instant(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value == null) ? null : StorableTime.instant((String) value);
	}

	private static String text(Instant instant) {
		return (instant == null) ? null : instant.toString();
	}

}
