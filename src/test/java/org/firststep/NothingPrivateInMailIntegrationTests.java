package org.firststep;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestMail;
import org.firststep.support.WrittenValues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing private leaves FirstStep by e-mail: run after every other test class of the run
 * ({@code support.PrivacyCheckLast}), this reads every e-mail the suite sent, headers and
 * decoded body, as the person's mail provider would, and looks in each for every private
 * value any test wrote ({@link WrittenValues}) and for health words; mails a test wrote
 * itself (subject starting "[test] ") are not the app's and are left out. It decrypts
 * nothing.
 */
class NothingPrivateInMailIntegrationTests extends IntegrationTest {

	/**
	 * How mails the tests wrote themselves begin their subject: they are not the app's.
	 */
	static final String TEST_MAIL = "[test] ";

	private static final List<String> HEALTH_WORDS = List.of("depress", "suicid", "self-harm", "anxiety", "PHQ",
			"GAD-7", "mood", "therap", "psychiatr", "mental", "crisis", "pleaseCheckIn", "hardTime", "ansiedad",
			"ánimo", "terapia");

	@Test
	void noEmailOfTheRunCarriesAnyPrivateValueWrittenOrAHealthWord() throws Exception {
		remindOfAnAskWithPrivateWords();
		awaitQueuedMail();
		String interfaceWords = interfaceWords();
		Set<String> written = WrittenValues.all()
			.stream()
			.filter((value) -> !containsWord(interfaceWords, value))
			.collect(java.util.stream.Collectors.toSet());
		List<MimeMessage> mails = TestMail.all();
		System.out.printf("Looked in %d e-mails for %d private values written in the run%n", mails.size(),
				written.size());
		assertThat(written).contains("Morwenna Thistlewood", "Could you sit with me at the clinic on Friday?");
		assertThat(mails).isNotEmpty();
		for (MimeMessage mail : mails) {
			if (mail.getSubject().startsWith(TEST_MAIL)) {
				continue;
			}
			assertThat(leaks(TestMail.readable(mail), written))
				.as("private values in the e-mail \"%s\" to %s", mail.getSubject(),
						java.util.Arrays.toString(mail.getAllRecipients()))
				.isEmpty();
		}
	}

	@Test
	void theSearchFindsAPrivateValueWhereverItIsInAnEmail() throws Exception {
		for (String where : List.of("subject", "header", "body")) {
			MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
			mail.setSubject(where.equals("subject") ? "About Morwenna Thistlewood" : "You have a reminder", "UTF-8");
			mail.setHeader("X-Note", where.equals("header") ? "Morwenna Thistlewood" : "none");
			mail.setText(where.equals("body") ? "Hola,\n\nMorwenna Thistlewood te pide ayuda" : "Hola", "UTF-8",
					"plain");
			mail.saveChanges();
			assertThat(leaks(TestMail.readable(mail), Set.of("Morwenna Thistlewood"))).as(where)
				.containsExactly("Morwenna Thistlewood");
		}
		assertThat(leaks("Your mood today", Set.of())).containsExactly("mood");
		assertThat(leaks("Open https://example.org/confirm/xPHQ9-kq and smoodle", Set.of())).isEmpty();
		assertThat(leaks("Come and see Anabel", Set.of("Ana"))).isEmpty();
	}

	/**
	 * This class's own private words, e-mailed about as a reminder, whatever else ran.
	 */
	private void remindOfAnAskWithPrivateWords() {
		Person person = signedUpWithToken();
		Response settings = person.client().putJson("/api/v1/reminders/settings", """
				{"askDeadlines": true, "askFollowUp": true, "checkin": false, "checkinTime": "19:00",
				"assessment": false, "appointments": true, "supporterAsks": true, "supporterCheckin": true,
				"supporterNews": true, "email": true, "quietHours": {"from": "00:00", "to": "00:00"}}""");
		assertThat(settings.status()).as(settings.body()).isEqualTo(200);
		String friend = person.client()
			.postJson("/api/v1/people", Map.of("name", "Morwenna Thistlewood", "safety", 4))
			.json()
			.get("id")
			.asString();
		Response ask = person.client()
			.postJson("/api/v1/asks",
					Map.of("personId", friend, "need", "practical", "size", "small", "message",
							"Could you sit with me at the clinic on Friday?", "sendBy",
							Instant.now().minusSeconds(60).toString()));
		assertThat(ask.status()).as(ask.body()).isEqualTo(201);
		awaitReminders();
		TestMail.awaitTo(person.email(), 1);
	}

	/**
	 * Every word of the interface, in both languages: a value a test wrote that is also
	 * one of them ("Hello") cannot be told apart from the app's own text.
	 */
	private static String interfaceWords() throws java.io.IOException {
		StringBuilder words = new StringBuilder();
		for (String bundle : List.of("messages.properties", "messages_es.properties")) {
			try (var in = NothingPrivateInMailIntegrationTests.class.getClassLoader().getResourceAsStream(bundle)) {
				words.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
			}
		}
		return words.toString();
	}

	/**
	 * The private values and health words in the text, each as a whole word or phrase.
	 */
	private static List<String> leaks(String text, Set<String> privateValues) {
		return java.util.stream.Stream
			.concat(privateValues.stream().filter((value) -> containsWord(text, value)),
					HEALTH_WORDS.stream().filter((word) -> startsAWord(withoutAddresses(text), word)))
			.toList();
	}

	/**
	 * The text without its web addresses, whose random tokens hold any three letters now
	 * and then ("…PHQ…").
	 */
	private static String withoutAddresses(String text) {
		return text.replaceAll("https?://\\S+", " ");
	}

	/** Whether a word of the text begins with this stem, in any case. */
	private static boolean startsAWord(String text, String stem) {
		return Pattern
			.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(stem), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
			.matcher(text)
			.find();
	}

	private static boolean containsWord(String text, String value) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])")
			.matcher(text)
			.find();
	}

}
