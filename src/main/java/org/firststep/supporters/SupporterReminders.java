package org.firststep.supporters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import org.firststep.accounts.Account;
import org.firststep.accounts.AccountService;
import org.firststep.platform.mail.Mail;
import org.firststep.platform.mail.MailQueue;
import org.firststep.platform.web.SiteAddress;

/**
 * Reminds supporters by e-mail on their check-in day, from nine in the morning in their
 * own time zone, once a day whatever the number of instances: the first instance to mark
 * the link as reminded today queues it, in the same transaction. The e-mail names no one
 * and holds nothing private; not sent by the end of that day, it is dropped.
 */
@Component
class SupporterReminders {

	static final int FROM_HOUR = 9;

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final MailQueue mail;

	private final MessageSource messages;

	private final SiteAddress web;

	private final TransactionOperations transactions;

	private final Clock clock;

	SupporterReminders(JdbcClient jdbc, AccountService accounts, MailQueue mail, MessageSource messages,
			SiteAddress web, TransactionOperations transactions, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.mail = mail;
		this.transactions = transactions;
		this.messages = messages;
		this.web = web;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT2M")
	void remind() {
		record Due(String id, String supporterAccountId, int day) {
		}
		var due = this.jdbc
			.sql("SELECT id, supporter_account_id, checkin_day FROM supporter_link WHERE checkin_day IS NOT NULL")
			.query((row, n) -> new Due(row.getString(1), row.getString(2), row.getInt(3)))
			.list();
		for (Due link : due) {
			this.accounts.find(link.supporterAccountId())
				.ifPresent((supporter) -> remind(link.id(), link.day(), supporter));
		}
	}

	private void remind(String linkId, int day, Account supporter) {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(supporter.timeZone()));
		LocalDate today = now.toLocalDate();
		if (today.getDayOfWeek().getValue() != day || now.getHour() < FROM_HOUR) {
			return;
		}
		String link = this.web.baseUrl().toString().replaceAll("/$", "") + "/supporting";
		Mail reminder = new Mail(supporter.email(),
				this.messages.getMessage("supporters.reminder.subject", null, supporter.locale()),
				this.messages.getMessage("supporters.reminder.text", new Object[] { link }, supporter.locale()));
		this.transactions.executeWithoutResult((status) -> {
			int claimed = this.jdbc
				.sql("UPDATE supporter_link SET reminded_on = ? WHERE id = ?"
						+ " AND (reminded_on IS NULL OR reminded_on <> ?)")
				.params(today.toString(), linkId, today.toString())
				.update();
			if (claimed == 1) {
				this.mail.send(reminder, today.plusDays(1).atStartOfDay(supporter.timeZone()).toInstant());
			}
		});
	}

}
