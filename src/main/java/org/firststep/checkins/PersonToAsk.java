package org.firststep.checkins;

/**
 * The person a low check-in suggests asking, as the check-in page shows them.
 *
 * @param id their id in the network
 * @param firstName how the page greets them
 */
public record PersonToAsk(String id, String firstName) {
}
