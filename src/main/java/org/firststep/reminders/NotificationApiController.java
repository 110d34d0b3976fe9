package org.firststep.reminders;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.NotFoundException;
import org.firststep.platform.web.Paged;

/** {@code /api/v1/notifications}: the in-app list, newest first. */
@RestController
class NotificationApiController {

	private final NotificationRepository notifications;

	private final Clock clock;

	NotificationApiController(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@GetMapping("/api/v1/notifications")
	Paged<NotificationResponse> list(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "limit", required = false) Integer limit,
			@RequestParam(name = "cursor", required = false) String cursor) {
		return Paged
			.read(limit, cursor, (after, count) -> this.notifications.page(me.id(), after, count), Notification::id)
			.map(NotificationResponse::of);
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	NotificationResponse read(@AuthenticationPrincipal CurrentAccount me, @PathVariable String id) {
		this.notifications.markRead(me.id(), id, this.clock.instant());
		return this.notifications.find(me.id(), id).map(NotificationResponse::of).orElseThrow(NotFoundException::new);
	}

	/**
	 * One entry: what kind of thing happened and where it leads, never any private text.
	 */
	record NotificationResponse(String id, String kind, Instant createdAt, Instant readAt, String link) {

		static NotificationResponse of(Notification notification) {
			return new NotificationResponse(notification.id(), notification.kind(), notification.createdAt(),
					notification.readAt(), notification.link());
		}

	}

}
