package org.firststep.supporters;

/**
 * An invitation not yet accepted, as the person's page lists it.
 *
 * @param id its id
 * @param scopesText what it shares, by name
 */
public record InvitationSummary(String id, String scopesText) {
}
