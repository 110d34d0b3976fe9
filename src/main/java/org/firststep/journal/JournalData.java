package org.firststep.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.firststep.platform.web.ConflictException;
import org.firststep.platform.web.FieldMessage;
import org.firststep.platform.web.InvalidInputException;
import org.firststep.platform.web.StorableTime;
import org.firststep.privacy.PersonalData;

/** The journal in the person's export and import. */
@Component
class JournalData implements PersonalData {

	private final JournalService journal;

	private final JournalRepository repository;

	JournalData(JournalService journal, JournalRepository repository) {
		this.journal = journal;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "journal";
	}

	@Override
	public List<Map<String, Object>> export(String accountId) {
		return this.journal.list(accountId).stream().map((entry) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", entry.id());
			row.put("text", entry.text());
			row.put("mood", entry.mood());
			row.put("createdAt", entry.createdAt().toString());
			row.put("updatedAt", entry.updatedAt().toString());
			return row;
		}).toList();
	}

	@Override
	public void restore(String accountId, List<Map<String, Object>> rows) {
		for (Map<String, Object> row : rows) {
			JournalEntry entry;
			try {
				String text = row.get("text").toString();
				Integer mood = (row.get("mood") instanceof Number number) ? number.intValue() : null;
				if (text.isBlank() || (mood != null && (mood < 0 || mood > 10))) {
					throw new IllegalArgumentException("not an entry");
				}
				entry = new JournalEntry(row.get("id").toString(), text, mood,
						StorableTime.instant(row.get("createdAt").toString()),
						StorableTime.instant(row.get("updatedAt").toString()));
			}
			catch (RuntimeException ex) {
				throw new InvalidInputException(new FieldMessage("data.journal", "import.data"));
			}
			if (this.repository.exists(entry.id())) {
				throw new ConflictException("import.alreadyHere");
			}
			this.repository.insert(accountId, entry);
		}
	}

	@Override
	public boolean isEmpty(String accountId) {
		return !this.repository.any(accountId);
	}

	@Override
	public void erase(String accountId) {
		this.repository.deleteAll(accountId);
	}

}
