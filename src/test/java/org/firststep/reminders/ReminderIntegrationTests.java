package org.firststep.reminders;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionOperations;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders end to end over HTTP, on the run's database: what reminds whom, the in-app
 * list and its API, e-mails that say nothing private and unsubscribe in one click, the
 * schedule following every change to an ask, late and stale reminders, quiet hours and
 * the pause, and delivery exactly once when several deliverers claim at the same time.
 */
class ReminderIntegrationTests extends IntegrationTest {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	/** What the tests write that no message may ever carry. */
	private static final String FRIEND = "Jordan Quillfeather";

	private static final String MESSAGE = "Could you help me carry the wardrobe upstairs on Saturday? quillmark";

	private static final String OFFER = "Bring lentil soup quillsoup";

	private static final List<String> PRIVATE = List.of(FRIEND, "Quillfeather", "quillmark", "quillsoup", "Robin",
			"wardrobe", "pleaseCheckIn", "hardTime", "depress", "suicid", "PHQ", "mood");

	@Autowired
	ReminderDelivery delivery;

	@Autowired
	Reminders reminders;

	@Autowired
	TransactionOperations transactions;

	@Test
	void settingsHaveCalmDefaultsAndArePutWholeWithEachMistakeNamed() throws Exception {
		Person ana = signedUpWithToken();
		JsonNode defaults = ana.client().get("/api/v1/reminders/settings").json();
		assertThat(defaults.get("askDeadlines").asBoolean()).isTrue();
		assertThat(defaults.get("askFollowUp").asBoolean()).isTrue();
		assertThat(defaults.get("checkin").asBoolean()).isFalse();
		assertThat(defaults.get("assessment").asBoolean()).isFalse();
		assertThat(defaults.get("email").asBoolean()).isTrue();
		assertThat(defaults.get("quietHours").get("from").asString()).isEqualTo("22:00");
		assertThat(defaults.get("quietHours").get("to").asString()).isEqualTo("08:00");
		assertThat(defaults.get("pausedUntil").isNull()).isTrue();

		Map<String, Object> wrong = settings(Map.of("checkinTime", "25:00", "quietHours", Map.of("from", "7am")));
		wrong.remove("supporterNews");
		Response refused = ana.client().putJson("/api/v1/reminders/settings", wrong);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("checkinTime", "quietHours.from", "quietHours.to", "supporterNews")
			.contains("such as 08:30");

		Response saved = ana.client()
			.putJson("/api/v1/reminders/settings", settings(Map.of("checkin", true, "checkinTime", "20:15")));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(ana.client().get("/api/v1/reminders/settings").json().get("checkinTime").asString())
			.isEqualTo("20:15");
		Instant checkin = dueAt(ana, ReminderKind.CHECKIN, ReminderChoices.SUBJECT);
		assertThat(LocalDateTime.ofInstant(checkin, MADRID).toLocalTime()).isEqualTo(LocalTime.of(20, 15));
		assertThat(checkin).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));

		ana.client().putJson("/api/v1/reminders/settings", settings(Map.of("checkin", false)));
		assertThat(scheduled(ana)).isEmpty();
	}

	@Test
	void anAsksSendByRemindsOnceInTheAppAndByEmailWithNothingPrivateAndOneClickToStop() throws Exception {
		Person ana = signedUpWithToken();
		quiet(ana, Map.of());
		String askId = ask(ana, Instant.now().minus(Duration.ofMinutes(1)));
		deliver();
		deliver();

		assertThat(kinds(ana)).containsExactly("askSendBy");
		MimeMessage mail = onlyMailTo(ana);
		assertThat(mail.getSubject()).isEqualTo("You have a reminder in FirstStep");
		String body = text(mail);
		assertThat(body).contains("/asks/" + askId).contains("/unsubscribe?key=").contains("not an emergency service");
		assertNothingPrivate(mail);
		String unsubscribe = mail.getHeader("List-Unsubscribe", null);
		assertThat(unsubscribe).startsWith("<")
			.endsWith(">")
			.contains("/api/v1/reminders/unsubscribe?key=")
			.contains("kind=askDeadlines");
		assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

		URI oneClick = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
		String path = oneClick.getRawPath() + "?" + oneClick.getRawQuery();
		TestClient mailProgram = client();
		assertThat(mailProgram.postFormWithoutCsrf(path, "List-Unsubscribe", "One-Click").status()).isEqualTo(200);
		assertThat(ana.client().get("/api/v1/reminders/settings").json().get("askDeadlines").asBoolean()).isFalse();
		assertThat(mailProgram
			.postFormWithoutCsrf("/api/v1/reminders/unsubscribe?key=nobody&kind=askDeadlines", "List-Unsubscribe",
					"One-Click")
			.status()).isEqualTo(404);
		assertThat(mailProgram
			.postFormWithoutCsrf(path.replace("kind=askDeadlines", "kind=everything"), "List-Unsubscribe", "One-Click")
			.status()).isEqualTo(400);

		ask(ana, Instant.now().minus(Duration.ofMinutes(1)));
		deliver();
		assertThat(kinds(ana)).containsExactly("askSendBy");
	}

	@Test
	void theLinkInTheTextOpensAPageWhoseOneButtonStopsThatKind() throws Exception {
		Person ana = signedUpWithToken();
		quiet(ana, Map.of());
		ask(ana, Instant.now().minus(Duration.ofMinutes(1)));
		deliver();
		String body = text(onlyMailTo(ana));
		String link = body.replaceAll("(?s).*?(/unsubscribe\\?key=[A-Za-z0-9_-]+&kind=[A-Za-z]+).*", "$1");

		TestClient browser = client().language("es");
		Response page = browser.get(link);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("form[action=/unsubscribe] button").text()).isEqualTo("Dejar de recibirlos");
		assertThat(ana.client().get("/api/v1/reminders/settings").json().get("askDeadlines").asBoolean())
			.as("opening the link alone changes nothing")
			.isTrue();
		String key = link.replaceAll(".*key=([^&]+).*", "$1");
		Response stopped = browser.postForm("/unsubscribe", "key", key, "kind", "askDeadlines");
		assertThat(stopped.status()).isEqualTo(200);
		assertThat(stopped.html().select("h1").text()).isEqualTo("Hecho");
		assertThat(ana.client().get("/api/v1/reminders/settings").json().get("askDeadlines").asBoolean()).isFalse();
		assertThat(browser.get("/unsubscribe?key=nobody&kind=askDeadlines").status()).isEqualTo(404);
	}

	@Test
	void answeringCancellingDeletingOrEditingAnAskMovesOrRemovesItsRemindersAtOnce() throws Exception {
		Person ana = signedUpWithToken();
		Instant sendBy = ZonedDateTime.of(LocalDate.now(MADRID).plusDays(3), LocalTime.of(15, 30), MADRID).toInstant();
		String askId = ask(ana, sendBy);
		assertThat(dueAt(ana, ReminderKind.ASK_SEND_BY, askId)).isEqualTo(sendBy);
		assertThat(LocalDateTime.ofInstant(dueAt(ana, ReminderKind.ASK_FOLLOW_UP, askId), MADRID))
			.isEqualTo(LocalDate.now(MADRID).plusDays(4).atTime(10, 0));

		Instant later = sendBy.plus(Duration.ofDays(2));
		ana.client().patchJson("/api/v1/asks/" + askId, Map.of("sendBy", later.toString()));
		assertThat(dueAt(ana, ReminderKind.ASK_SEND_BY, askId)).isEqualTo(later);
		ana.client().postJson("/api/v1/asks/" + askId + "/sent", Map.of());
		assertThat(scheduled(ana)).containsExactly("askFollowUp");
		ana.client().postJson("/api/v1/asks/" + askId + "/outcome", Map.of("outcome", "yes", "feelingAfter", 7));
		assertThat(scheduled(ana)).isEmpty();

		String cancelled = ask(ana, sendBy);
		ana.client().postJson("/api/v1/asks/" + cancelled + "/cancel", Map.of());
		String deleted = ask(ana, sendBy);
		ana.client().delete("/api/v1/asks/" + deleted);
		assertThat(scheduled(ana)).isEmpty();
	}

	@Test
	void theDayAfterTheSendByHowDidItGoOpensTheAskWhereTheBackupPersonIsOffered() throws Exception {
		Person ana = signedUpWithToken();
		quiet(ana, Map.of());
		String friend = ana.client()
			.postJson("/api/v1/people", Map.of("name", FRIEND, "safety", 4))
			.json()
			.get("id")
			.asString();
		String backup = ana.client()
			.postJson("/api/v1/people", Map.of("name", "Robin Ashgrove", "safety", 5))
			.json()
			.get("id")
			.asString();
		Response made = ana.client()
			.postJson("/api/v1/asks", Map.of("personId", friend, "need", "practical", "size", "small", "message",
					MESSAGE, "sendBy", Instant.now().minus(Duration.ofDays(2)).toString(), "backupPersonId", backup));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		String askId = made.json().get("id").asString();
		deliver();

		assertThat(kinds(ana)).contains("askFollowUp");
		String link = this.jdbc.sql("SELECT link FROM notification WHERE account_id = ? AND kind = 'askFollowUp'")
			.param(ana.accountId())
			.query(String.class)
			.single();
		assertThat(link).isEqualTo("/asks/" + askId + "#outcome");
		var page = ana.client().get("/asks/" + askId).html();
		assertThat(page.selectFirst("#outcome").text()).contains("How did it go?")
			.contains("Robin could be the next person to ask");
		assertThat(page.selectFirst("#outcome a[href*=person=" + backup + "]").text()).isEqualTo("Ask Robin");
		assertNothingPrivate(TestMail.awaitLast(ana.email()));

		ana.client().postJson("/api/v1/asks/" + askId + "/outcome", Map.of("outcome", "yes", "feelingAfter", 7));
		assertThat(ana.client().get("/asks/" + askId).body()).doesNotContain("next person to ask");
	}

	@Test
	void aSendByDayWithoutATimeRemindsAtNineThatMorning() throws Exception {
		Person ana = signedUpInBrowser();
		String friend = ana.client()
			.postJson("/api/v1/people", Map.of("name", FRIEND, "safety", 4))
			.json()
			.get("id")
			.asString();
		LocalDate day = LocalDate.now(MADRID).plusDays(2);
		Response made = ana.client()
			.postForm("/asks", "personId", friend, "need", "practical", "size", "small", "message", MESSAGE,
					"sendByDate", day.toString(), "sendByTime", "", "shareWithPartner", "true");
		assertThat(made.status()).isEqualTo(302);
		String askId = made.header("Location").replaceAll(".*/asks/([^/?#]+).*", "$1");
		assertThat(LocalDateTime.ofInstant(dueAt(ana, ReminderKind.ASK_SEND_BY, askId), MADRID))
			.isEqualTo(day.atTime(9, 0));
		Response edit = ana.client().get("/asks/" + askId + "/edit");
		assertThat(edit.html().selectFirst("input[name=sendByTime]").attr("value")).isEmpty();
		assertThat(edit.html().selectFirst("input[name=shareWithPartner]").hasAttr("checked")).isTrue();
		assertThat(ana.client().get("/api/v1/asks/" + askId).json().get("shareWithPartner").asBoolean()).isTrue();
	}

	@Test
	void oneMissedWhileTheServerWasDownComesLateOnceWithItsTimeAndAStaleCheckInNotAtAll() throws Exception {
		Person ana = signedUpWithToken();
		quiet(ana, Map.of("checkin", true));
		Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
		this.transactions.executeWithoutResult((status) -> {
			this.reminders.schedule(ana.accountId(), ReminderKind.ASK_SEND_BY, "missed", twoHoursAgo, "/asks");
			this.reminders.schedule(ana.accountId(), ReminderKind.CHECKIN, ReminderChoices.SUBJECT,
					Instant.now().minus(Duration.ofHours(26)), "/checkins/today");
		});
		deliver();
		deliver();
		assertThat(kinds(ana)).containsExactly("askSendBy");
		String body = text(onlyMailTo(ana));
		String when = java.time.format.DateTimeFormatter
			.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
			.withLocale(java.util.Locale.ENGLISH)
			.format(twoHoursAgo.atZone(MADRID));
		assertThat(body.replace('\u202f', ' ').replaceAll("\\s+", " "))
			.contains("This reminder was for " + when.replace('\u202f', ' '));
		Instant next = dueAt(ana, ReminderKind.CHECKIN, ReminderChoices.SUBJECT);
		assertThat(next).as("the stale check-in moves on to its next time").isAfter(Instant.now());
	}

	@Test
	void quietHoursHoldAReminderUntilTheyEnd() throws Exception {
		Person ana = signedUpWithToken();
		LocalTime now = LocalTime.now(MADRID).withSecond(0).withNano(0);
		quiet(ana,
				Map.of("quietHours", Map.of("from", now.minusHours(1).toString(), "to", now.plusHours(2).toString())));
		String askId = ask(ana, Instant.now().minus(Duration.ofMinutes(1)));
		deliver();
		assertThat(kinds(ana)).isEmpty();
		Instant held = dueAt(ana, ReminderKind.ASK_SEND_BY, askId);
		assertThat(LocalDateTime.ofInstant(held, MADRID).toLocalTime()).isEqualTo(now.plusHours(2));
		assertThat(held).isAfter(Instant.now());
	}

	@Test
	void aPauseSilencesNudgesLetsNewsFromPeopleIntoTheListWithoutEmailAndSaysSoAtHome() throws Exception {
		Person ana = signedUpInBrowser();
		quiet(ana, Map.of());
		assertThat(ana.client().postForm("/settings/reminders/pause", "for", "forever").status()).isEqualTo(302);
		assertThat(ana.client().get("/").html().select("#reminders-paused").text())
			.contains("Your reminders are paused.");
		ask(ana, Instant.now().minus(Duration.ofMinutes(1)));
		this.transactions.executeWithoutResult(
				(status) -> this.reminders.now(ana.accountId(), ReminderKind.SUPPORTER_ANSWERED, "an-ask", "/asks"));
		deliver();
		awaitQueuedMail();
		assertThat(kinds(ana)).containsExactly("supporterAnswered");
		assertThat(TestMail.to(ana.email())).isEmpty();
		assertThat(scheduled(ana)).as("the paused send-by is not kept for later").containsExactly("askFollowUp");

		assertThat(ana.client().postForm("/settings/reminders/pause", "for", "soon").status()).isEqualTo(400);
		ana.client().postForm("/settings/reminders/pause", "for", "off");
		assertThat(ana.client().get("/").html().select("#reminders-paused")).isEmpty();
	}

	@Test
	void supportersLearnOfAsksAndCheckInRequestsAtOnceAndThePersonOfAnswersAndOffers() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		quiet(ana, Map.of());
		quiet(sam, Map.of());
		String linkId = connect(ana, sam);
		String samEntry = ana.client().get("/api/v1/supporters").json().get(0).get("personId").asString();

		ana.client().putJson("/api/v1/status", Map.of("status", "hardTime"));
		ana.client().putJson("/api/v1/status", Map.of("status", "pleaseCheckIn"));
		MimeMessage checkIn = TestMail.awaitTo(sam.email(), 1).get(0);
		assertThat(checkIn.getSubject()).isEqualTo("Someone you support would like you to check in");
		assertThat(text(checkIn)).contains("/supporting/" + linkId);

		String askId = ana.client()
			.postJson("/api/v1/asks",
					Map.of("personId", samEntry, "need", "listening", "size", "tiny", "message", MESSAGE))
			.json()
			.get("id")
			.asString();
		ana.client().postJson("/api/v1/asks/" + askId + "/sent", Map.of());
		TestMail.awaitTo(sam.email(), 2);
		sam.client().postJson("/api/v1/supporting/" + linkId + "/asks/" + askId + "/answer", Map.of("answer", "yes"));
		sam.client()
			.postJson("/api/v1/supporting/" + linkId + "/offers", Map.of("what", OFFER, "when", "Thursday at 7"));
		TestMail.awaitTo(ana.email(), 2);
		awaitQueuedMail();

		assertThat(kinds(sam)).containsExactlyInAnyOrder("supporterCheckIn", "supporterAsked");
		assertThat(kinds(ana)).containsExactlyInAnyOrder("supporterAnswered", "supporterOffered");
		assertThat(scheduled(ana)).as("the answer closed the ask's follow-up").isEmpty();
		for (MimeMessage mail : concat(TestMail.to(sam.email()), TestMail.to(ana.email()))) {
			assertNothingPrivate(mail);
		}
		assertThat(TestMail.to(sam.email())).hasSize(2);
		assertThat(TestMail.to(ana.email())).hasSize(2);
	}

	@Test
	void aPartnerWhoIsASupporterHearsOfThePlanAndOfItsSendByWithoutItsWords() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		quiet(ana, Map.of());
		quiet(sam, Map.of());
		String linkId = connect(ana, sam);
		String samEntry = ana.client().get("/api/v1/supporters").json().get(0).get("personId").asString();
		String friend = ana.client()
			.postJson("/api/v1/people", Map.of("name", FRIEND, "safety", 4))
			.json()
			.get("id")
			.asString();
		Instant sendBy = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		String askId = ana.client()
			.postJson("/api/v1/asks",
					Map.of("personId", friend, "need", "practical", "size", "small", "message", MESSAGE, "sendBy",
							sendBy.toString(), "accountabilityPersonId", samEntry))
			.json()
			.get("id")
			.asString();
		deliver();
		assertThat(kinds(sam)).containsExactly("partnerPlan");
		assertNothingPrivate(onlyMailTo(sam));
		assertThat(dueAt(sam, ReminderKind.PARTNER_SEND_BY, askId)).isEqualTo(sendBy);
		var held = sam.client().get("/supporting/" + linkId).html().selectFirst("#partner-plans");
		assertThat(held.text()).contains("By ").contains("They kept what they’re asking to themselves.");
		assertThat(held.text()).doesNotContain(MESSAGE);
		var plans = sam.client().get("/api/v1/supporting/" + linkId + "/partner-plans").json();
		assertThat(plans.get(0).get("askId").asString()).isEqualTo(askId);
		assertThat(plans.get(0).get("sendBy").asString()).isEqualTo(sendBy.toString());
		assertThat(plans.get(0).get("message").isNull()).isTrue();

		ana.client().patchJson("/api/v1/asks/" + askId, Map.of("shareWithPartner", true));
		assertThat(ana.client().get("/api/v1/asks/" + askId).json().get("shareWithPartner").asBoolean()).isTrue();
		assertThat(sam.client().get("/supporting/" + linkId).html().selectFirst("#partner-plans blockquote").text())
			.isEqualTo(MESSAGE);
		assertThat(sam.client()
			.get("/api/v1/supporting/" + linkId + "/partner-plans")
			.json()
			.get(0)
			.get("message")
			.asString()).isEqualTo(MESSAGE);
		ana.client().patchJson("/api/v1/asks/" + askId, Map.of("shareWithPartner", false));
		assertThat(sam.client().get("/supporting/" + linkId).body()).doesNotContain(MESSAGE);

		Instant later = sendBy.plus(Duration.ofHours(3));
		ana.client().patchJson("/api/v1/asks/" + askId, Map.of("sendBy", later.toString()));
		deliver();
		assertThat(dueAt(sam, ReminderKind.PARTNER_SEND_BY, askId)).isEqualTo(later);
		assertThat(kinds(sam)).as("told of the plan once").containsExactly("partnerPlan");

		this.jdbc.sql("UPDATE reminder SET due_at = ?, planned_at = ? WHERE account_id = ?")
			.params(Instant.now().minusSeconds(60).toEpochMilli(), Instant.now().minusSeconds(60).toEpochMilli(),
					sam.accountId())
			.update();
		deliver();
		assertThat(kinds(sam)).containsExactly("partnerPlan", "partnerSendBy");
		for (MimeMessage mail : TestMail.awaitTo(sam.email(), 2)) {
			assertNothingPrivate(mail);
		}

		String another = ana.client()
			.postJson("/api/v1/asks",
					Map.of("personId", friend, "need", "practical", "size", "small", "message", MESSAGE, "sendBy",
							sendBy.toString(), "accountabilityPersonId", samEntry))
			.json()
			.get("id")
			.asString();
		deliver();
		assertThat(scheduled(sam)).containsExactly("partnerSendBy");
		ana.client().postJson("/api/v1/asks/" + another + "/sent", Map.of());
		assertThat(scheduled(sam)).as("sent before its send-by: nothing left to hold them to").isEmpty();
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/partner-plans").json()).hasSize(2);
		ana.client().postJson("/api/v1/asks/" + askId + "/outcome", Map.of("outcome", "yes", "feelingAfter", 7));
		var left = sam.client().get("/api/v1/supporting/" + linkId + "/partner-plans").json();
		assertThat(left).as("an ask with an outcome is no longer held").hasSize(1);
		assertThat(left.get(0).get("askId").asString()).isEqualTo(another);
		ana.client().postJson("/api/v1/asks/" + another + "/cancel", Map.of());
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/partner-plans").json()).isEmpty();
		assertThat(sam.client().get("/supporting/" + linkId).html().selectFirst("#partner-plans")).isNull();
		assertThat(sam.client().get("/api/v1/supporting/" + linkId + "/partner-plans").status()).isEqualTo(200);
		assertThat(ana.client().get("/api/v1/supporting/" + linkId + "/partner-plans").status())
			.as("another account's link answers as if it did not exist")
			.isEqualTo(404);
	}

	@Test
	void aSupporterWhoCheckedInLetsThePersonKnowAndTheirOwnReminderToDoItGoes() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		quiet(ana, Map.of());
		quiet(sam, Map.of());
		String linkId = connect(ana, sam);
		this.transactions
			.executeWithoutResult((status) -> this.reminders.schedule(sam.accountId(), ReminderKind.SUPPORTER_CHECK_IN,
					linkId, Instant.now().plus(Duration.ofHours(1)), "/supporting/" + linkId));
		assertThat(scheduled(sam)).contains("supporterCheckIn");

		var page = sam.client().get("/supporting/" + linkId).html();
		assertThat(page.selectFirst("#checked-in button").text()).isEqualTo("I checked in");
		Response done = sam.client().postForm("/supporting/" + linkId + "/checked-in");
		assertThat(done.status()).isEqualTo(302);
		assertThat(sam.client().follow(done).html().selectFirst("#checked-in .notice").text())
			.isEqualTo("Thank you. They’ll see that someone checked in.");
		deliver();
		assertThat(kinds(ana)).containsExactly("supporterCheckedIn");
		assertThat(scheduled(sam)).doesNotContain("supporterCheckIn");
		assertThat(ana.client().get("/notifications").body()).contains("A supporter checked in with you.");
		assertNothingPrivate(onlyMailTo(ana));

		assertThat(sam.client().postJson("/api/v1/supporting/" + linkId + "/checked-in", Map.of()).status())
			.isEqualTo(204);
		assertThat(ana.client().postJson("/api/v1/supporting/" + linkId + "/checked-in", Map.of()).status())
			.isEqualTo(404);
		deliver();
		assertThat(kinds(ana)).containsExactly("supporterCheckedIn", "supporterCheckedIn");
	}

	@Test
	void aRemovedSupporterGetsNothingMoreAboutThePersonNotEvenWhatWasAlreadyPlanned() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpWithToken();
		quiet(ana, Map.of());
		quiet(sam, Map.of());
		String linkId = connect(ana, sam);
		String samEntry = ana.client().get("/api/v1/supporters").json().get(0).get("personId").asString();
		String friend = ana.client()
			.postJson("/api/v1/people", Map.of("name", FRIEND, "safety", 4))
			.json()
			.get("id")
			.asString();
		ana.client()
			.postJson("/api/v1/asks",
					Map.of("personId", friend, "need", "practical", "size", "small", "message", MESSAGE, "sendBy",
							Instant.now().plus(Duration.ofDays(2)).toString(), "accountabilityPersonId", samEntry));
		sam.client().postForm("/supporting/" + linkId + "/checkin", "day", "3");
		assertThat(scheduled(sam)).contains("partnerSendBy", "supporterRhythm");

		assertThat(ana.client().delete("/api/v1/supporters/" + linkId).status()).isEqualTo(204);
		assertThat(scheduled(sam)).isEmpty();
	}

	@Test
	void aSupportersCheckInDayRemindsThemWeeklyAtNineInTheirZone() throws Exception {
		Person ana = signedUpWithToken();
		Person sam = signedUpInBrowser();
		quiet(sam, Map.of());
		String linkId = connect(ana, sam);
		int tomorrow = LocalDate.now(MADRID).plusDays(1).getDayOfWeek().getValue();
		assertThat(
				sam.client().postForm("/supporting/" + linkId + "/checkin", "day", String.valueOf(tomorrow)).status())
			.isEqualTo(302);
		Instant due = dueAt(sam, ReminderKind.SUPPORTER_RHYTHM, linkId);
		assertThat(LocalDateTime.ofInstant(due, MADRID)).isEqualTo(LocalDate.now(MADRID).plusDays(1).atTime(9, 0));

		this.jdbc.sql("UPDATE reminder SET due_at = ?, planned_at = ? WHERE account_id = ?")
			.params(Instant.now().minusSeconds(60).toEpochMilli(), Instant.now().minusSeconds(60).toEpochMilli(),
					sam.accountId())
			.update();
		deliver();
		deliver();
		assertThat(kinds(sam)).containsExactly("supporterRhythm");
		assertNothingPrivate(onlyMailTo(sam));
		Instant next = dueAt(sam, ReminderKind.SUPPORTER_RHYTHM, linkId);
		assertThat(next).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(7)));
		assertThat(LocalDateTime.ofInstant(next, MADRID).toLocalTime()).isEqualTo(LocalTime.of(9, 0));

		sam.client().postForm("/supporting/" + linkId + "/checkin");
		assertThat(scheduled(sam)).isEmpty();
	}

	@Test
	void theInAppListIsPagedReadAndClearedAndCountedQuietlyBesideTheMenu() throws Exception {
		Person ana = signedUpInBrowser();
		Person kim = signedUpWithToken();
		quiet(ana, Map.of("email", false));
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < 3; i++) {
				this.reminders.now(ana.accountId(), ReminderKind.SUPPORTER_OFFERED, "offer-" + i, "/supporters#offers");
			}
		});
		deliver();
		Response home = ana.client().get("/");
		assertThat(home.html().select("nav a[href=/notifications]").text()).isEqualTo("Notifications (3 new)");

		JsonNode first = ana.client().get("/api/v1/notifications?limit=2").json();
		assertThat(first.get("items")).hasSize(2);
		assertThat(first.get("items").get(0).get("kind").asString()).isEqualTo("supporterOffered");
		assertThat(first.get("items").get(0).get("link").asString()).isEqualTo("/supporters#offers");
		assertThat(first.get("items").get(0).get("readAt").isNull()).isTrue();
		JsonNode second = ana.client()
			.get("/api/v1/notifications?limit=2&cursor=" + first.get("next").asString())
			.json();
		assertThat(second.get("items")).hasSize(1);
		assertThat(second.get("next").isNull()).isTrue();

		String id = first.get("items").get(0).get("id").asString();
		assertThat(kim.client().postJson("/api/v1/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
		JsonNode read = ana.client().postJson("/api/v1/notifications/" + id + "/read", Map.of()).json();
		assertThat(read.get("readAt").isNull()).isFalse();

		Response page = ana.client().get("/notifications");
		assertThat(page.html().select(".notifications li")).hasSize(3);
		assertThat(page.html().select(".notifications li.unread")).hasSize(2);
		assertThat(page.html().text()).contains("A supporter made you an offer.");
		String other = second.get("items").get(0).get("id").asString();
		Response opened = ana.client().postForm("/notifications/" + other + "/open");
		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.header("Location")).endsWith("/supporters#offers");
		assertThat(ana.client().postForm("/notifications/" + id + "-not/open").status()).isEqualTo(404);
		ana.client().postForm("/notifications/read");
		assertThat(ana.client().get("/").html().select("nav a[href=/notifications]").text()).isEqualTo("Notifications");
	}

	@Test
	void reminderSettingsPageSavesEachKindAndKeepsWhatWasTypedWhenATimeIsWrong() throws Exception {
		Person ana = signedUpInBrowser();
		Response page = ana.client().get("/settings/reminders");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("input[type=checkbox]")).hasSize(9);
		assertThat(page.html().select("#checkin-hint").text()).isNotBlank();

		Response wrong = ana.client()
			.postForm("/settings/reminders", "askDeadlines", "true", "checkin", "true", "checkinTime", "half past",
					"quietFrom", "22:00", "quietTo", "08:00", "email", "true");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.html().selectFirst("#checkinTime").attr("value")).isEqualTo("half past");
		assertThat(wrong.html().select("#checkinTime-error").text()).contains("such as 08:30");
		assertThat(wrong.html().selectFirst("input[name=checkin]").hasAttr("checked")).isTrue();

		Response saved = ana.client()
			.postForm("/settings/reminders", "askDeadlines", "true", "checkin", "true", "checkinTime", "21:00",
					"quietFrom", "23:00", "quietTo", "07:00");
		assertThat(saved.status()).isEqualTo(302);
		JsonNode settings = ana.client().get("/api/v1/reminders/settings").json();
		assertThat(settings.get("checkin").asBoolean()).isTrue();
		assertThat(settings.get("askFollowUp").asBoolean()).isFalse();
		assertThat(settings.get("email").asBoolean()).isFalse();
		assertThat(settings.get("quietHours").get("from").asString()).isEqualTo("23:00");
	}

	@Test
	void concurrentDeliverersDeliverEachReminderExactlyOnce() throws Exception {
		List<Person> people = List.of(signedUpWithToken(), signedUpWithToken());
		for (Person person : people) {
			quiet(person, Map.of());
		}
		int each = 150;
		this.transactions.executeWithoutResult((status) -> {
			for (Person person : people) {
				for (int i = 0; i < each; i++) {
					this.reminders.schedule(person.accountId(), ReminderKind.SUPPORTER_OFFERED, "offer-" + i,
							Instant.now().minusSeconds(1), "/supporters#offer-" + i);
				}
			}
		});
		List<CompletableFuture<Void>> deliverers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			deliverers.add(CompletableFuture.runAsync(this::deliver));
		}
		CompletableFuture.allOf(deliverers.toArray(CompletableFuture[]::new)).get();
		awaitQueuedMail();
		for (Person person : people) {
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notification WHERE account_id = ?")
				.param(person.accountId())
				.query(Long.class)
				.single()).isEqualTo(each);
			Map<String, Integer> links = new HashMap<>();
			for (MimeMessage mail : TestMail.awaitTo(person.email(), each)) {
				String link = text(mail).replaceAll("(?s).*(#offer-\\d+).*", "$1");
				links.merge(link, 1, Integer::sum);
			}
			assertThat(links).hasSize(each).allSatisfy((link, count) -> assertThat(count).isEqualTo(1));
		}
	}

	/**
	 * A deliverer's pass, as the worker thread runs it, until nothing due is left: rows
	 * the worker thread holds at that moment are skipped, and delivered by it.
	 */
	private void deliver() {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		do {
			this.delivery.deliverAll();
			if (System.nanoTime() > deadline) {
				throw new AssertionError("reminders still due after 15 s");
			}
		}
		while (this.jdbc.sql("SELECT COUNT(*) FROM reminder WHERE due_at <= ?")
			.param(Instant.now().toEpochMilli())
			.query(Long.class)
			.single() > 0);
	}

	/**
	 * No quiet hours, so that a test runs the same at any hour; other fields as given.
	 */
	private static void quiet(Person person, Map<String, Object> changes) {
		Map<String, Object> body = settings(changes);
		if (!changes.containsKey("quietHours")) {
			body.put("quietHours", Map.of("from", "00:00", "to", "00:00"));
		}
		Response saved = person.client().putJson("/api/v1/reminders/settings", body);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private static Map<String, Object> settings(Map<String, Object> changes) {
		Map<String, Object> body = new HashMap<>(Map.of("askDeadlines", true, "askFollowUp", true, "checkin", false,
				"checkinTime", "19:00", "assessment", false, "appointments", true, "supporterAsks", true,
				"supporterCheckin", true, "supporterNews", true, "email", true));
		body.put("quietHours", Map.of("from", "22:00", "to", "08:00"));
		body.putAll(changes);
		return body;
	}

	private static String ask(Person person, Instant sendBy) {
		String friend = person.client()
			.postJson("/api/v1/people", Map.of("name", FRIEND, "safety", 4))
			.json()
			.get("id")
			.asString();
		Response made = person.client()
			.postJson("/api/v1/asks", Map.of("personId", friend, "need", "practical", "size", "small", "message",
					MESSAGE, "sendBy", sendBy.toString()));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json().get("id").asString();
	}

	private static String connect(Person person, Person supporter) {
		String link = person.client()
			.postJson("/api/v1/invitations", Map.of("scopes", List.of("status", "asks", "offers")))
			.json()
			.get("link")
			.asString();
		String linkId = supporter.client()
			.postJson("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1) + "/accept", Map.of())
			.json()
			.get("linkId")
			.asString();
		assertThat(person.client().postJson("/api/v1/supporters/" + linkId + "/person", Map.of()).status())
			.isEqualTo(200);
		return linkId;
	}

	private List<String> kinds(Person person) {
		return this.jdbc.sql("SELECT kind FROM notification WHERE account_id = ? ORDER BY created_at")
			.param(person.accountId())
			.query(String.class)
			.list();
	}

	private List<String> scheduled(Person person) {
		return this.jdbc.sql("SELECT kind FROM reminder WHERE account_id = ? ORDER BY kind")
			.param(person.accountId())
			.query(String.class)
			.list();
	}

	private Instant dueAt(Person person, ReminderKind kind, String subjectId) {
		return Instant.ofEpochMilli(
				this.jdbc.sql("SELECT due_at FROM reminder WHERE account_id = ? AND kind = ? AND subject_id = ?")
					.params(person.accountId(), kind.apiName(), subjectId)
					.query(Long.class)
					.single());
	}

	private MimeMessage onlyMailTo(Person person) {
		awaitQueuedMail();
		List<MimeMessage> mails = TestMail.awaitTo(person.email(), 1);
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	/** The decoded text of a plain-text e-mail. */
	private static String text(MimeMessage mail) throws Exception {
		return (String) mail.getContent();
	}

	private static void assertNothingPrivate(MimeMessage mail) throws Exception {
		String whole = new String(mail.getInputStream().readAllBytes()) + mail.getSubject() + TestMail.body(mail);
		for (String value : PRIVATE) {
			assertThat(whole).as("an e-mail carries %s", value).doesNotContainIgnoringCase(value);
		}
	}

	private static List<MimeMessage> concat(List<MimeMessage> first, List<MimeMessage> second) {
		List<MimeMessage> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
