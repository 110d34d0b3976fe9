package org.firststep.supporters;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

class SupporterMailIntegrationTests extends IntegrationTest {

	@Autowired
	SupporterReminders reminders;

	@Test
	void anInvitationCanBeEmailedAndTheLinkInItWorks() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		ana.client().postJson("/api/v1/invitations", Map.of("scopes", List.of("status"), "email", sam.email()));
		MimeMessage mail = TestMail.awaitLast(sam.email());
		String body = TestMail.body(mail).replace("=\r\n", "");
		String token = body.replaceAll("(?s).*/invitations/([A-Za-z0-9_-]+).*", "$1");
		assertThat(sam.client().postJson("/api/v1/invitations/" + token + "/accept", Map.of()).status()).isEqualTo(201);
	}

	@Test
	void onTheirCheckInDayASupporterIsRemindedOnceByEmailWithNothingPrivate() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		ZoneId zone = ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).filter((candidate) -> {
			int hour = ZonedDateTime.now(candidate).getHour();
			return hour >= 10 && hour <= 22;
		}).findFirst().orElseThrow();
		sam.client().patchJson("/api/v1/me", Map.of("timeZone", zone.getId()));
		String token = ana.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("status")))
			.json()
			.get("link")
			.asString()
			.replaceAll(".*/", "");
		String linkId = sam.client()
			.postJson("/api/v1/invitations/" + token + "/accept", Map.of())
			.json()
			.get("linkId")
			.asString();
		DayOfWeek today = ZonedDateTime.now(zone).getDayOfWeek();
		this.jdbc.sql("UPDATE supporter_link SET checkin_day = ? WHERE id = ?")
			.params(today.getValue(), linkId)
			.update();

		this.reminders.remind();
		this.reminders.remind();
		awaitQueuedMail();
		List<MimeMessage> mails = TestMail.to(sam.email());
		assertThat(mails).hasSize(1);
		String body = TestMail.body(mails.get(0));
		assertThat(body).contains("/supporting").doesNotContain("Robin").doesNotContain(ana.email());
	}

}
