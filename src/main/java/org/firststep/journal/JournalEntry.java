package org.firststep.journal;

import java.time.Instant;

/**
 * A journal entry.
 *
 * @param id the id
 * @param text what was written
 * @param mood 0 to 10, or null
 * @param createdAt when it was written
 * @param updatedAt when it last changed
 */
public record JournalEntry(String id, String text, Integer mood, Instant createdAt, Instant updatedAt) {
}
