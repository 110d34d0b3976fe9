package org.firststep.journal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.firststep.platform.persistence.Ids;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.Paged;

/** The journal of one account; every method touches only its entries. */
@Service
public class JournalService {

	/** How many entries one search opens at most, so a request stays bounded. */
	public static final int SEARCHED_AT_MOST = 500;

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
	 * The entries after the one with id {@code cursor} (from the newest when null) whose
	 * text holds every word of the query, ignoring case and accents: at most
	 * {@code count} of them, newest first. The database only ever holds sealed text, so
	 * the entries are opened in memory, a page at a time in the list's own order, and one
	 * search looks through at most {@link #SEARCHED_AT_MOST} entries; the answer says how
	 * many it looked through and where to go on.
	 * @throws org.firststep.platform.web.InvalidInputException for a cursor that is not
	 * one of the account's entries
	 */
	public Found search(String accountId, String query, String cursor, int count) {
		List<String> words = List.of(plain(query).split("\\s+"));
		List<JournalEntry> found = new ArrayList<>();
		String after = (cursor == null || cursor.isBlank()) ? null : cursor;
		int searched = 0;
		while (true) {
			int batch = Math.min(count, SEARCHED_AT_MOST - searched);
			List<JournalEntry> read = this.entries.page(accountId, after, batch).orElseThrow(Paged::unknownCursor);
			for (JournalEntry entry : read) {
				searched++;
				after = entry.id();
				String text = plain(entry.text());
				if (words.stream().allMatch(text::contains)) {
					found.add(entry);
					if (found.size() == count) {
						return new Found(new Paged<>(List.copyOf(found), after), searched);
					}
				}
			}
			if (read.size() < batch) {
				return new Found(new Paged<>(List.copyOf(found), null), searched);
			}
			if (searched >= SEARCHED_AT_MOST) {
				return new Found(new Paged<>(List.copyOf(found), after), searched);
			}
		}
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

	/**
	 * What one search found.
	 *
	 * @param page the entries found, and the cursor to search on from, or null when every
	 * entry was searched
	 * @param searched how many entries this search looked through
	 */
	public record Found(Paged<JournalEntry> page, int searched) {
	}

	static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.strip();
	}

}
