package org.firststep.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;

/** The network in the person's export and import. */
@Component
class PeopleData implements PersonalData {

	private final PeopleService people;

	private final PersonRepository repository;

	PeopleData(PeopleService people, PersonRepository repository) {
		this.people = people;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "people";
	}

	@Override
	public int restoreOrder() {
		return 10;
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		return this.people.list(accountId).stream().map(PeopleData::row).toList();
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			String id = text(row, "id");
			if (id == null || id.isBlank()) {
				throw new InvalidInputException(new FieldMessage("data.people.id", "import.data"));
			}
			if (this.repository.exists(id)) {
				throw new ConflictException("import.alreadyHere");
			}
			PersonInput input;
			Instant createdAt;
			try {
				input = this.people.check(
						new PersonRequest(text(row, "type"), text(row, "name"), text(row, "relation"), channels(row),
								strings(row.get("goodFor")), number(row.get("safety")), text(row, "notes")),
						(path) -> "data.people." + path);
				createdAt = StorableTime.instant(String.valueOf(row.get("createdAt")));
			}
			catch (InvalidInputException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.people", "import.data"));
			}
			this.repository.insert(accountId, new Person(id, input.type(), input.name(), input.relation(),
					input.channels(), input.goodFor(), input.safety(), input.notes(), createdAt),
					createdAt.toEpochMilli());
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return this.people.isEmpty(accountId);
	}

	@Override
	public void erase(String accountId) {
		this.repository.deleteAll(accountId);
	}

	static Map<String, Object> row(Person person) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", person.id());
		row.put("type", person.type());
		row.put("name", person.name());
		row.put("relation", person.relation());
		row.put("channels",
				person.channels()
					.stream()
					.map((channel) -> Map.of("kind", channel.kind(), "value", channel.value()))
					.toList());
		row.put("goodFor", person.goodFor().stream().map(Need::apiName).toList());
		row.put("safety", person.safety());
		row.put("notes", person.notes());
		row.put("createdAt", person.createdAt().toString());
		return row;
	}

	private static List<Channel> channels(Map<String, Object> row) {
		if (!(row.get("channels") instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().map((item) -> {
			if (!(item instanceof Map<?, ?> channel)) {
				throw new IllegalArgumentException("not a channel");
			}
			return new Channel(text(channel, "kind"), text(channel, "value"));
		}).toList();
	}

	private static List<String> strings(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().map(String::valueOf).toList();
	}

	private static Integer number(Object value) {
		return (value instanceof Number number) ? number.intValue() : null;
	}

	private static String text(Map<?, ?> row, String key) {
		Object value = row.get(key);
		return (value == null) ? null : value.toString();
	}

}
