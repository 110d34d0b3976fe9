package org.firststep.journal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.springframework.stereotype.Service;

import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.NotFoundException;

/** The journal of one account; every method touches only its entries. */
@Service
public class JournalService {

	private final JournalRepository entries;

	private final Clock clock;

	JournalService(JournalRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	public List<JournalEntry> list(String accountId) {
		return this.entries.findAll(accountId);
	}

	/**
	 * At most {@code count} entries after the one with id {@code cursor} (from the newest
	 * when null), newest first, read from the database page by page; empty when the
	 * cursor is not one of the account's.
	 */
	public Optional<List<JournalEntry>> page(String accountId, String cursor, int count) {
		return this.entries.page(accountId, cursor, count);
	}

	/**
	 * The entries whose text holds every word of the query, ignoring case and accents.
	 * The entries are opened in memory: the database only ever holds sealed text.
	 */
	public List<JournalEntry> search(String accountId, String query) {
		if (query == null || query.isBlank()) {
			return list(accountId);
		}
		List<String> words = List.of(plain(query).split("\\s+"));
		return list(accountId).stream().filter((entry) -> {
			String text = plain(entry.text());
			return words.stream().allMatch(text::contains);
		}).toList();
	}

	public JournalEntry get(String accountId, String id) {
		return this.entries.find(accountId, id).orElseThrow(NotFoundException::new);
	}

	public JournalEntry add(String accountId, String text, Integer mood) {
		Instant now = this.clock.instant();
		JournalEntry entry = new JournalEntry(Ids.newId(), text.strip(), mood, now, now);
		this.entries.insert(accountId, entry);
		return entry;
	}

	public JournalEntry change(String accountId, String id, String text, Integer mood) {
		JournalEntry current = get(accountId, id);
		JournalEntry changed = new JournalEntry(id, text.strip(), mood, current.createdAt(), this.clock.instant());
		this.entries.update(accountId, changed);
		return changed;
	}

	public void remove(String accountId, String id) {
		if (!this.entries.delete(accountId, id)) {
			throw new NotFoundException();
		}
	}

	static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
