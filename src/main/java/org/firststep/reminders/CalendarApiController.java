package org.firststep.reminders;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.accounts.AccountService;
import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.PublicRoutes;
import org.firststep.platform.web.NotFoundException;

/**
 * {@code /api/v1/calendar}: the person's secret feed address, a new one, or none; and the
 * feed itself at that address, for calendar apps, which sign in to nothing.
 */
@RestController
class CalendarApiController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	private final CalendarFeed feed;

	private final AccountService accounts;

	private final Clock clock;

	CalendarApiController(CalendarFeeds feeds, CalendarFeed feed, AccountService accounts, Clock clock) {
		this.feeds = feeds;
		this.feed = feed;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/api/v1/calendar")
	CalendarResponse get(@AuthenticationPrincipal CurrentAccount me) {
		return new CalendarResponse(this.feeds.url(me.id()).orElse(null));
	}

	@PostMapping("/api/v1/calendar/rotate")
	CalendarResponse rotate(@AuthenticationPrincipal CurrentAccount me) {
		return new CalendarResponse(this.feeds.rotate(me.id()));
	}

	@DeleteMapping("/api/v1/calendar")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void turnOff(@AuthenticationPrincipal CurrentAccount me) {
		this.feeds.turnOff(me.id());
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		String accountId = this.feeds.accountOf(token).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.body(this.feed.ics(this.accounts.get(accountId), this.clock.instant()));
	}

	@Bean
	static PublicRoutes calendarPublicRoutes() {
		return PublicRoutes.of("/calendar/*");
	}

	/**
	 * The feed's address.
	 *
	 * @param url the secret address to subscribe to, or null while the feed is off
	 */
	record CalendarResponse(String url) {
	}

}
