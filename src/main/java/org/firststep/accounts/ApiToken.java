package org.firststep.accounts;

import java.time.Instant;

/**
 * An API token as the person sees it in settings: never the token itself.
 *
 * @param id the token's id
 * @param name the person's label for it, may be null
 * @param createdAt when it was made
 * @param expiresAt when it stops working
 * @param lastUsedAt when it was last used, to the hour; null if never
 */
public record ApiToken(String id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
}
