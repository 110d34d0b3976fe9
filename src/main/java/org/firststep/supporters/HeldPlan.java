package org.firststep.supporters;

/**
 * A plan a supporter holds the person to, as their page shows it.
 *
 * @param by its send-by, in the supporter's own time and language, or null
 * @param message its words, or null when the person kept them to themselves
 */
public record HeldPlan(String by, String message) {
}
