package org.firststep.home;

/**
 * An ask due today, as the home page lists it.
 *
 * @param id the ask
 * @param who the first name of whom it asks, or null when that entry is gone
 */
public record DueAsk(String id, String who) {
}
