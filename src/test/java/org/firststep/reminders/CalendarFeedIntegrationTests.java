package org.firststep.reminders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The private calendar feed, read by a second iCalendar parser (Debian's
 * python3-icalendar, which {@code .ci/run} installs): its events are the ask deadlines
 * and the coming check-ins the API holds, each with an alarm, and none carries anything
 * private. The address is secret, replaced by a rotation and gone when turned off.
 */
class CalendarFeedIntegrationTests extends IntegrationTest {

	private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

	private static final String PYTHON = "/usr/bin/python3";

	@Test
	void theFeedHoldsTheDeadlinesAndCheckInsOfTheApiEachWithAnAlarmAndNothingPrivate() throws Exception {
		Person ana = signedUpWithToken();
		assertThat(ana.client().get("/api/v1/calendar").json().get("url").isNull()).isTrue();
		@SuppressWarnings("unchecked")
		Map<String, Object> settings = new HashMap<>(JsonMapper.builder()
			.build()
			.convertValue(ana.client().get("/api/v1/reminders/settings").json(), Map.class));
		settings.put("checkin", true);
		settings.put("checkinTime", "19:30");
		assertThat(ana.client().putJson("/api/v1/reminders/settings", settings).status()).isEqualTo(200);
		String friend = ana.client()
			.postJson("/api/v1/people", Map.of("name", "Jordan Quillfeather", "safety", 4))
			.json()
			.get("id")
			.asString();
		Instant sendBy = ZonedDateTime.of(LocalDate.now(MADRID).plusDays(2), LocalTime.of(16, 45), MADRID).toInstant();
		String askId = ana.client()
			.postJson("/api/v1/asks",
					Map.of("personId", friend, "need", "listening", "size", "small", "message",
							"Could we walk by the quillriver on Sunday?", "sendBy", sendBy.toString()))
			.json()
			.get("id")
			.asString();

		String url = ana.client().postJson("/api/v1/calendar/rotate", Map.of()).json().get("url").asString();
		assertThat(ana.client().get("/api/v1/calendar").json().get("url").asString()).isEqualTo(url);
		Response feed = client().get(path(url));
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("text/calendar");
		assertThat(feed.body()).doesNotContain("Quillfeather", "quillriver", "Robin", ana.email());

		JsonNode parsed = parse(feed.body());
		assertThat(parsed.get("version").asString()).isEqualTo("2.0");
		List<JsonNode> events = new ArrayList<>();
		parsed.get("events").forEach(events::add);
		String apiSendBy = ana.client().get("/api/v1/asks/" + askId).json().get("sendBy").asString();
		List<JsonNode> deadlines = events.stream()
			.filter((event) -> event.get("url").asString().endsWith("/asks/" + askId))
			.toList();
		assertThat(deadlines).hasSize(1);
		assertThat(Instant.parse(deadlines.get(0).get("start").asString())).isEqualTo(Instant.parse(apiSendBy));
		List<JsonNode> checkins = events.stream()
			.filter((event) -> event.get("url").asString().endsWith("/checkins/today"))
			.toList();
		assertThat(checkins).hasSizeBetween(14, 15);
		for (JsonNode checkin : checkins) {
			assertThat(LocalDateTime.ofInstant(Instant.parse(checkin.get("start").asString()), MADRID).toLocalTime())
				.isEqualTo(LocalTime.of(19, 30));
		}
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.get("summary").asString()).isEqualTo("You have a reminder in FirstStep");
			assertThat(event.get("alarms").get(0).asString()).isEqualTo("DISPLAY");
			assertThat(event.get("triggers").get(0).asInt()).isZero();
			assertThat(event.get("minutes").asInt()).isEqualTo(15);
		});
		assertThat(events.stream().map((event) -> event.get("uid").asString()).distinct()).hasSize(events.size());

		String rotated = ana.client().postJson("/api/v1/calendar/rotate", Map.of()).json().get("url").asString();
		assertThat(rotated).isNotEqualTo(url);
		assertThat(client().get(path(url)).status()).isEqualTo(404);
		assertThat(client().get(path(rotated)).status()).isEqualTo(200);
		assertThat(ana.client().delete("/api/v1/calendar").status()).isEqualTo(204);
		assertThat(client().get(path(rotated)).status()).isEqualTo(404);
		assertThat(ana.client().get("/api/v1/calendar").json().get("url").isNull()).isTrue();
		assertThat(client().get("/calendar/not-a-feed.ics").status()).isEqualTo(404);
	}

	@Test
	void theSettingsPageMakesShowsAndTurnsOffTheAddress() {
		Person ana = signedUpInBrowser();
		assertThat(ana.client().get("/settings/reminders").html().select("#calendar-url")).isEmpty();
		assertThat(ana.client().postForm("/settings/reminders/calendar").status()).isEqualTo(302);
		String url = ana.client().get("/settings/reminders").html().selectFirst("#calendar-url").attr("value");
		assertThat(url).contains("/calendar/").endsWith(".ics");
		assertThat(client().get(path(url)).status()).isEqualTo(200);
		ana.client().postForm("/settings/reminders/calendar/off");
		assertThat(client().get(path(url)).status()).isEqualTo(404);
	}

	private static String path(String url) {
		return java.net.URI.create(url).getRawPath();
	}

	private static JsonNode parse(String ics) throws IOException, InterruptedException {
		if (!Files.isExecutable(Path.of(PYTHON))) {
			throw new AssertionError(
					"Needs Debian's python3 with python3-icalendar: apt-get install python3-icalendar");
		}
		Path script = Path.of("src/test/resources/reminders/read_ics.py");
		Process process = new ProcessBuilder(PYTHON, script.toString()).redirectErrorStream(false).start();
		process.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(err).isZero();
		return JsonMapper.builder().build().readTree(out);
	}

}
