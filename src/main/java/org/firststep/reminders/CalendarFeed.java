package org.firststep.reminders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.firststep.accounts.Account;
import org.firststep.platform.persistence.Rows;
import org.firststep.platform.web.SiteAddress;

/**
 * A person's iCalendar feed, built with ical4j from their reminder schedule: one event
 * per ask deadline, and the coming daily check-ins, two-week checks and weekly check-in
 * days, each with an alarm at its time. Times are UTC instants worked out in the person's
 * zone, so they stay right across daylight-saving changes. Every summary is the same
 * plain sentence and names nothing private.
 */
@Component
class CalendarFeed {

	/** How far ahead repeating reminders are listed; calendar apps fetch again daily. */
	static final Duration AHEAD = Duration.ofDays(14);

	static final Duration LENGTH = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final ReminderSettingsRepository settings;

	private final MessageSource messages;

	private final SiteAddress site;

	CalendarFeed(JdbcClient jdbc, ReminderSettingsRepository settings, MessageSource messages, SiteAddress site) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.messages = messages;
		this.site = site;
	}

	/** The events of the feed, soonest first. */
	List<Event> events(Account account, Instant now) {
		record Row(String id, ReminderKind kind, Instant planned, String link) {
		}
		ReminderSettings chosen = this.settings.find(account.id());
		List<Row> rows = this.jdbc
			.sql("SELECT id, kind, planned_at, link FROM reminder WHERE account_id = ? ORDER BY planned_at, id")
			.param(account.id())
			.query((row, n) -> {
				String id = row.getString("id");
				Instant planned = Rows.instant(row, "planned_at");
				String link = row.getString("link");
				return ReminderKind.of(row.getString("kind"))
					.map((kind) -> new Row(id, kind, planned, link))
					.orElse(null);
			})
			.list();
		List<Event> events = new ArrayList<>();
		Instant until = now.plus(AHEAD);
		for (Row row : rows) {
			if (row == null || !chosen.isOn(row.kind().setting())) {
				continue;
			}
			switch (row.kind()) {
				case ASK_SEND_BY ->
					events.add(new Event(row.id() + "-" + row.planned().getEpochSecond(), row.planned(), row.link()));
				case CHECKIN, ASSESSMENT, SUPPORTER_RHYTHM -> {
					Instant at = row.planned();
					while (at != null && at.isBefore(until)) {
						events.add(new Event(row.id() + "-" + at.getEpochSecond(), at, row.link()));
						at = Repeats.next(row.kind(), at, chosen, account.timeZone(), at).orElse(null);
					}
				}
				default -> {
				}
			}
		}
		events.sort(java.util.Comparator.comparing(Event::at).thenComparing(Event::uid));
		return events;
	}

	/** The feed as {@code text/calendar}. */
	String ics(Account account, Instant now) {
		String summary = this.messages.getMessage("reminders.mail.subject", null, account.locale());
		String base = this.site.baseUrl().toString().replaceAll("/$", "");
		Calendar calendar = new Calendar().withProdId("-//FirstStep//Reminders//EN")
			.withProperty(ImmutableVersion.VERSION_2_0)
			.withProperty(ImmutableCalScale.GREGORIAN)
			.getFluentTarget();
		for (Event event : events(account, now)) {
			VAlarm alarm = new VAlarm(Duration.ZERO);
			alarm.add(ImmutableAction.DISPLAY);
			alarm.add(new Description(summary));
			VEvent component = new VEvent(event.at(), event.at().plus(LENGTH), summary);
			component.add(new Uid(event.uid() + "@firststep"));
			component.add(new DtStamp(now));
			component.add(new Url(URI.create(base + event.link())));
			component.add(alarm);
			calendar.add(component);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * One event.
	 *
	 * @param uid stable across fetches
	 * @param at when
	 * @param link the path it opens
	 */
	record Event(String uid, Instant at, String link) {
	}

}
