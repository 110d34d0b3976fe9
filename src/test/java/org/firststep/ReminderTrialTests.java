package org.firststep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.firststep.support.PackagedApp;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestDatabase;
import org.firststep.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trials of "on time, once": a thousand reminders falling due within a minute,
 * delivered by the packaged app to a real SMTP server (GreenMail) while an instance is
 * killed with SIGKILL midway and started again. Every reminder arrives exactly once, in
 * the in-app list and by e-mail: across two instances on one PostgreSQL, and on SQLite
 * with its one instance.
 */
class ReminderTrialTests {

	private static final int REMINDERS = 1000;

	private static final int PEOPLE = 5;

	private static final Pattern TRIAL_LINK = Pattern.compile("#(trial-[a-z]+-\\d+)");

	@Test
	void twoInstancesOnOnePostgresqlOneKilledMidwayDeliverEveryReminderOnce() throws Exception {
		String url = TestDatabase.postgresUrl();
		Map<String, String> environment = environment(Map.of("SPRING_DATASOURCE_URL", url));
		try (PackagedApp first = PackagedApp.start(environment); PackagedApp second = PackagedApp.start(environment)) {
			List<Person> people = people(first);
			try (Connection database = DriverManager.getConnection(url)) {
				schedule(database, people, "pg");
			}
			awaitMails(people, "pg", REMINDERS / 3);
			first.kill();
			assertKilledMidway(people, "pg");
			try (PackagedApp restarted = PackagedApp.start(environment)) {
				awaitAll(people, "pg", () -> DriverManager.getConnection(url));
				printWarnings("pg killed", first);
				printWarnings("pg second", second);
				printWarnings("pg restarted", restarted);
			}
			try (Connection database = DriverManager.getConnection(url)) {
				assertDeliveredOnce(people, "pg", database);
			}
		}
	}

	@Test
	void oneInstanceOnSqliteKilledMidwayAndRestartedDeliversEveryReminderOnce() throws Exception {
		Path dataDir = Files.createTempDirectory("firststep-trial");
		String url = "jdbc:sqlite:" + dataDir.resolve("firststep.db") + "?busy_timeout=10000";
		Map<String, String> environment = environment(Map.of());
		List<Person> people;
		// Not closed, which would remove its data directory: killed, as a crash ends it.
		PackagedApp app = PackagedApp.start(environment, dataDir);
		try {
			people = people(app);
			try (Connection database = DriverManager.getConnection(url)) {
				schedule(database, people, "sqlite");
			}
			awaitMails(people, "sqlite", REMINDERS / 3);
		}
		finally {
			app.kill();
		}
		assertKilledMidway(people, "sqlite");
		try (PackagedApp restarted = PackagedApp.start(environment, dataDir)) {
			awaitAll(people, "sqlite", () -> DriverManager.getConnection(url));
			printWarnings("sqlite killed", app);
			printWarnings("sqlite restarted", restarted);
			try (Connection database = DriverManager.getConnection(url)) {
				assertDeliveredOnce(people, "sqlite", database);
			}
		}
	}

	/**
	 * SMTP through GreenMail; new accounts ready at once; every instance looks for due
	 * reminders each second and takes over mail an instance left after 15 s.
	 */
	private static Map<String, String> environment(Map<String, String> more) {
		Map<String, String> environment = new HashMap<>(Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT",
				String.valueOf(TestMail.port()), "FIRSTSTEP_ACCOUNTS_CONFIRM_SIGN_UP", "false",
				"FIRSTSTEP_REMINDERS_POLL", "1s", "FIRSTSTEP_MAIL_RETRY_AFTER", "1s", "FIRSTSTEP_MAIL_CLAIM", "15s"));
		environment.putAll(more);
		return environment;
	}

	/** People with no quiet hours, so that the trial runs the same at any hour. */
	private static List<Person> people(PackagedApp app) {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			Person person = Person.signUpWithToken(app.client());
			Response saved = person.client().putJson("/api/v1/reminders/settings", """
					{"askDeadlines": true, "askFollowUp": true, "checkin": false, "checkinTime": "19:00",
					"assessment": false, "appointments": true, "supporterAsks": true, "supporterCheckin": true,
					"supporterNews": true, "email": true, "quietHours": {"from": "00:00", "to": "00:00"}}""");
			assertThat(saved.status()).as(saved.body()).isEqualTo(200);
			people.add(person);
		}
		return people;
	}

	/** A thousand reminders, falling due over the next thirty seconds. */
	private static void schedule(Connection database, List<Person> people, String trial) throws SQLException {
		long now = Instant.now().toEpochMilli();
		try (PreparedStatement insert = database.prepareStatement(
				"INSERT INTO reminder (id, account_id, kind, subject_id, due_at, planned_at, useful_until,"
						+ " link) VALUES (?, ?, 'supporterOffered', ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < REMINDERS; i++) {
				Person person = people.get(i % people.size());
				long due = now + (30_000L * i) / REMINDERS;
				insert.setString(1, UUID.randomUUID().toString());
				insert.setString(2, person.accountId());
				insert.setString(3, "trial-" + trial + "-" + i);
				insert.setLong(4, due);
				insert.setLong(5, due);
				insert.setLong(6, due + Duration.ofDays(1).toMillis());
				insert.setString(7, "/supporters#trial-" + trial + "-" + i);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static void awaitMails(List<Person> people, String trial, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (links(people, trial).values().stream().mapToInt(Integer::intValue).sum() < count) {
			assertThat(System.nanoTime()).as("%s trial mails within 2 minutes", count).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** The kill came with reminders still to deliver: the trial tests a restart. */
	private static void assertKilledMidway(List<Person> people, String trial) {
		int arrived = links(people, trial).values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf("%s trial: %d of %d reminders had reached the SMTP server when the instance was killed%n",
				trial, arrived, REMINDERS);
		assertThat(arrived).isLessThan(REMINDERS);
	}

	/** Until nothing is left to deliver or send, and every mail has arrived. */
	private static void awaitAll(List<Person> people, String trial, Connector connect) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			try (Connection database = connect.open()) {
				if (count(database, "SELECT COUNT(*) FROM reminder") == 0
						&& count(database, "SELECT COUNT(*) FROM mail_queue") == 0
						&& links(people, trial).size() == REMINDERS) {
					break;
				}
			}
			assertThat(System.nanoTime()).as("every reminder delivered within 3 minutes").isLessThan(deadline);
			Thread.sleep(100);
		}
		// Time for any second copy to arrive, if there were one.
		Thread.sleep(3000);
	}

	private static void assertDeliveredOnce(List<Person> people, String trial, Connection database)
			throws SQLException {
		Map<String, Integer> links = links(people, trial);
		List<String> twice = links.entrySet()
			.stream()
			.filter((link) -> link.getValue() != 1)
			.map(Map.Entry::getKey)
			.toList();
		System.out.printf("%s trial: %d reminders, %d e-mailed once, %d more than once, %d never%n", trial, REMINDERS,
				links.values().stream().filter((count) -> count == 1).count(), twice.size(), REMINDERS - links.size());
		twice.forEach((link) -> System.out.printf("%s arrived at %s%n", link, arrivals(people, link)));
		assertThat(links).as("reminders that reached the SMTP server").hasSize(REMINDERS);
		assertThat(twice).as("reminders e-mailed more than once").isEmpty();
		assertThat(count(database, "SELECT COUNT(*) FROM notification WHERE link LIKE '%#trial-" + trial + "-%'"))
			.isEqualTo(REMINDERS);
		assertThat(count(database,
				"SELECT COUNT(DISTINCT link) FROM notification WHERE link LIKE '%#trial-" + trial + "-%'"))
			.isEqualTo(REMINDERS);
	}

	/** When each copy of a link's mail was made, and when GreenMail took it. */
	private static List<String> arrivals(List<Person> people, String link) {
		List<String> arrivals = new ArrayList<>();
		for (Person person : people) {
			for (MimeMessage mail : TestMail.to(person.email())) {
				Matcher found = TRIAL_LINK.matcher(TestMail.body(mail).replace("=\r\n", ""));
				if (found.find() && found.group(1).equals(link)) {
					try {
						arrivals.add(
								"made " + mail.getHeader("Date", null) + ", taken " + mail.getHeader("Received", null));
					}
					catch (MessagingException ex) {
						arrivals.add(ex.toString());
					}
				}
			}
		}
		return arrivals;
	}

	/** What an instance warned of: a duplicate's cause, if there is one. */
	private static void printWarnings(String instance, PackagedApp app) {
		app.log()
			.lines()
			.filter((line) -> line.contains("WARN") || line.contains("ERROR"))
			.forEach((line) -> System.out.println(instance + ": " + line));
	}

	/** How many e-mails each trial link reached GreenMail in. */
	private static Map<String, Integer> links(List<Person> people, String trial) {
		Map<String, Integer> links = new HashMap<>();
		for (Person person : people) {
			for (MimeMessage mail : TestMail.to(person.email())) {
				Matcher link = TRIAL_LINK.matcher(TestMail.body(mail).replace("=\r\n", ""));
				if (link.find() && link.group(1).startsWith("trial-" + trial + "-")) {
					links.merge(link.group(1), 1, Integer::sum);
				}
			}
		}
		return links;
	}

	private static long count(Connection database, String sql) throws SQLException {
		try (ResultSet rows = database.createStatement().executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	@FunctionalInterface
	private interface Connector {

		Connection open() throws SQLException;

	}

}
