package org.firststep.supporters;

import java.time.Instant;
import java.util.Set;

/**
 * An invitation to support someone.
 *
 * @param id the id
 * @param accountId who invites
 * @param scopes what the supporter will share
 * @param personId the network entry the supporter is, or null
 * @param keyForOwner the link key, wrapped for the inviting person
 * @param keyForToken the link key, wrapped under the token
 * @param expiresAt when it stops working
 * @param usedAt when it was accepted, or null
 * @param revokedAt when it was withdrawn, or null
 */
record Invitation(String id, String accountId, Set<Scope> scopes, String personId, byte[] keyForOwner,
		byte[] keyForToken, Instant expiresAt, Instant usedAt, Instant revokedAt) {
}
