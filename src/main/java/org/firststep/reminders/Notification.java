package org.firststep.reminders;

import java.time.Instant;

/**
 * One entry of the in-app list. It holds no words: its kind says what happened.
 *
 * @param id opaque id
 * @param kind a {@link ReminderKind}'s API name
 * @param link the path it opens
 * @param plannedAt the time it was for
 * @param createdAt when it was delivered
 * @param readAt when the person read or cleared it, or null
 */
public record Notification(String id, String kind, String link, Instant plannedAt, Instant createdAt, Instant readAt) {
}
