package org.firststep.thoughts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;
import org.firststep.platform.persistence.Json;

/** Thought records in the person's export and import. */
@Component
class ThoughtData implements PersonalData {

	private final ThoughtService thoughts;

	private final ThoughtRecordRepository repository;

	ThoughtData(ThoughtService thoughts, ThoughtRecordRepository repository) {
		this.thoughts = thoughts;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "thoughtRecords";
	}

	@Override
	public int restoreOrder() {
		return 40;
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		return this.thoughts.list(accountId).stream().map((record) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", record.id());
			row.put("situation", record.situation());
			row.put("automaticThought", record.automaticThought());
			row.put("beliefBefore", record.beliefBefore());
			row.put("emotions",
					record.emotions()
						.stream()
						.map((emotion) -> Map.of("name", emotion.name(), "strength", emotion.strength()))
						.toList());
			row.put("traps", record.traps());
			row.put("friendView", record.friendView());
			row.put("evidenceFor", record.evidenceFor());
			row.put("evidenceAgainst", record.evidenceAgainst());
			row.put("balancedThought", record.balancedThought());
			row.put("beliefAfter", record.beliefAfter());
			row.put("askId", record.askId());
			row.put("createdAt", record.createdAt().toString());
			row.put("updatedAt", record.updatedAt().toString());
			return row;
		}).toList();
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			ThoughtRecord record;
			try {
				ThoughtRecord read = Json.MAPPER.convertValue(row, ThoughtRecord.class);
				record = new ThoughtRecord(read.id(), read.situation(), read.automaticThought(), read.beliefBefore(),
						(read.emotions() != null) ? read.emotions() : List.of(),
						(read.traps() != null) ? read.traps() : List.of(), read.friendView(), read.evidenceFor(),
						read.evidenceAgainst(), read.balancedThought(), read.beliefAfter(), read.askId(),
						StorableTime.instant(String.valueOf(row.get("createdAt"))),
						StorableTime.instant(String.valueOf(row.get("updatedAt"))));
				this.thoughts.check(accountId, record);
			}
			catch (InvalidInputException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.thoughtRecords", "import.data"));
			}
			if (record.id() == null || this.repository.exists(record.id())) {
				throw new ConflictException("import.alreadyHere");
			}
			this.repository.insert(accountId, record);
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return this.thoughts.isEmpty(accountId);
	}

	@Override
	public void erase(String accountId) {
		this.repository.deleteAll(accountId);
	}

}
