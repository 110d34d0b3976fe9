package org.firststep.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.firststep.asks.Ask;
import org.firststep.asks.AskChannel;
import org.firststep.asks.AskStatus;
import org.firststep.asks.Size;
import org.firststep.assessments.Assessment;
import org.firststep.assessments.Instrument;
import org.firststep.checkins.Checkin;
import org.firststep.checkins.Sign;
import org.firststep.people.Need;

import static org.assertj.core.api.Assertions.assertThat;

/** Time to ask and the patterns, on synthetic histories at their boundaries. */
class InsightRulesTests {

	static final LocalDate TODAY = LocalDate.parse("2026-11-22");

	static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	@Test
	void lowMoodCountsOnlyWithSevenCheckinsAndMoreThanHalfLow() {
		assertThat(reasons(moods(4, 4, 4, 4, 5, 5, 5))).containsExactly("lowMood");
		assertThat(reasons(moods(4, 4, 4, 5, 5, 5, 5))).isEmpty();
		assertThat(reasons(moods(1, 1, 1, 1, 1, 1))).as("six check-ins are not enough").isEmpty();
		assertThat(reasons(moods(4, 4, 4, 4, 4, 4, 4, 4))).containsExactly("lowMood");
		List<Checkin> old = new ArrayList<>();
		for (int day = 14; day < 24; day++) {
			old.add(checkin(day, 1));
		}
		assertThat(reasons(old)).as("only the last 14 days count").isEmpty();
	}

	@Test
	void theLatestScoresAndDifficultyCount() {
		assertThat(reasons(List.of(), assessment(Instrument.PHQ9, 10, null, 1))).containsExactly("highScore.PHQ9");
		assertThat(reasons(List.of(), assessment(Instrument.PHQ9, 9, null, 1))).isEmpty();
		assertThat(reasons(List.of(), assessment(Instrument.GAD7, 10, 1, 1), assessment(Instrument.GAD7, 3, null, 30)))
			.containsExactly("highScore.GAD7");
		assertThat(
				reasons(List.of(), assessment(Instrument.GAD7, 4, null, 1), assessment(Instrument.GAD7, 15, null, 30)))
			.as("only the latest")
			.isEmpty();
		assertThat(reasons(List.of(), assessment(Instrument.GAD7, 2, 2, 1))).containsExactly("difficulty.2");
		assertThat(reasons(List.of(), assessment(Instrument.GAD7, 2, 3, 1))).containsExactly("difficulty.3");
		assertThat(reasons(List.of(), assessment(Instrument.GAD7, 2, 1, 1))).isEmpty();
	}

	@Test
	void unhealthyCopingOnThreeOfFourteenDays() {
		assertThat(reasons(signs(Sign.UNHEALTHY_COPING, 0, 5, 13))).containsExactly("coping");
		assertThat(reasons(signs(Sign.UNHEALTHY_COPING, 0, 5, 14))).isEmpty();
	}

	@Test
	void urgentAfterItem9OrCrisisLanguageInTheLastFourteenDays() {
		Assessment item9 = new Assessment("a", Instrument.PHQ9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), null,
				NOW.minusSeconds(13 * 86_400L));
		TimeToAsk recent = TimeToAsk.of(history(List.of(), List.of(item9), List.of(), false));
		assertThat(recent.urgent()).isTrue();
		assertThat(recent.timeToAsk()).isTrue();
		Assessment old = new Assessment("a", Instrument.PHQ9, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), null,
				NOW.minusSeconds(15 * 86_400L));
		assertThat(TimeToAsk.of(history(List.of(), List.of(old), List.of(), false)).urgent()).isFalse();
		assertThat(TimeToAsk.of(history(List.of(), List.of(), List.of(), true)).urgent()).isTrue();
		assertThat(TimeToAsk.of(history(List.of(), List.of(), List.of(), false)).timeToAsk()).isFalse();
	}

	@Test
	void pullingAwayAndSaidImFineOnThreeDaysInSeven() {
		List<Checkin> mixed = new ArrayList<>();
		mixed.add(checkin(0, 6, Sign.DECLINED_HELP));
		mixed.add(checkin(2, 6, Sign.LEFT_MESSAGES_UNANSWERED));
		mixed.add(checkin(6, 6, Sign.DECLINED_HELP, Sign.SAID_IM_FINE));
		assertThat(patterns(mixed)).containsExactly("pullingAway");
		mixed.set(2, checkin(7, 6, Sign.DECLINED_HELP));
		assertThat(patterns(mixed)).isEmpty();
		assertThat(patterns(signs(Sign.SAID_IM_FINE, 0, 1, 6))).containsExactly("saidImFine");
		assertThat(patterns(signs(Sign.SAID_IM_FINE, 0, 1, 7))).isEmpty();
	}

	@Test
	void twoCancelledAppointmentsInThirtyDays() {
		assertThat(patterns(signs(Sign.CANCELLED_APPOINTMENT, 0, 29))).containsExactly("cancelledAppointments");
		assertThat(patterns(signs(Sign.CANCELLED_APPOINTMENT, 0, 30))).isEmpty();
	}

	@Test
	void lowMoodForTwoWeeks() {
		List<Checkin> fortnight = new ArrayList<>();
		for (int day : new int[] { 0, 2, 4, 6, 8, 10, 12 }) {
			fortnight.add(checkin(day, 3));
		}
		assertThat(patterns(fortnight)).containsExactly("lowMood");
		List<Checkin> shorter = new ArrayList<>(fortnight.subList(0, 6));
		shorter.add(checkin(11, 3));
		assertThat(patterns(shorter)).as("not yet two weeks").isEmpty();
		fortnight.set(3, checkin(6, 5));
		assertThat(patterns(fortnight)).isEmpty();
	}

	@Test
	void asksLeftUnsentPastTheirSendBy() {
		Ask late = ask(AskStatus.PLANNED, NOW.minusSeconds(60));
		Ask onTime = ask(AskStatus.PLANNED, NOW.plusSeconds(3600));
		Ask sent = ask(AskStatus.SENT, NOW.minusSeconds(86_400));
		assertThat(Patterns.of(history(List.of(), List.of(), List.of(late), false))).containsExactly("unsentAsks");
		assertThat(Patterns.of(history(List.of(), List.of(), List.of(onTime, sent), false))).isEmpty();
	}

	private static List<String> reasons(List<Checkin> checkins, Assessment... assessments) {
		return TimeToAsk.of(history(checkins, List.of(assessments), List.of(), false))
			.reasons()
			.stream()
			.map(TimeToAsk.Reason::key)
			.toList();
	}

	private static List<String> patterns(List<Checkin> checkins) {
		return Patterns.of(history(checkins, List.of(), List.of(), false));
	}

	private static History history(List<Checkin> checkins, List<Assessment> assessments, List<Ask> asks,
			boolean words) {
		List<Checkin> newestFirst = checkins.stream()
			.sorted(java.util.Comparator.comparing(Checkin::day).reversed())
			.toList();
		return new History(TODAY, NOW, newestFirst, assessments, asks, words);
	}

	private static List<Checkin> moods(int... moods) {
		List<Checkin> checkins = new ArrayList<>();
		for (int i = 0; i < moods.length; i++) {
			checkins.add(checkin(i, moods[i]));
		}
		return checkins;
	}

	private static List<Checkin> signs(Sign sign, int... daysAgo) {
		List<Checkin> checkins = new ArrayList<>();
		for (int day : daysAgo) {
			checkins.add(checkin(day, 6, sign));
		}
		return checkins;
	}

	private static Checkin checkin(int daysAgo, int mood, Sign... signs) {
		Set<Sign> chosen = EnumSet.noneOf(Sign.class);
		chosen.addAll(List.of(signs));
		return new Checkin("c" + daysAgo, TODAY.minusDays(daysAgo), mood, null, null, chosen, null, NOW);
	}

	private static Assessment assessment(Instrument instrument, int score, Integer difficulty, int daysAgo) {
		List<Integer> answers = new ArrayList<>();
		int left = score;
		for (int i = 0; i < instrument.items(); i++) {
			int answer = (instrument == Instrument.PHQ9 && i == 8) ? 0 : Math.min(3, left);
			answers.add(answer);
			left -= answer;
		}
		return new Assessment("a" + daysAgo, instrument, answers, difficulty, NOW.minusSeconds(daysAgo * 86_400L));
	}

	private static Ask ask(AskStatus status, Instant sendBy) {
		return new Ask("k", "p", Need.LISTENING, Size.TINY, "Hi", AskChannel.SMS, 50, 5, sendBy, null, null, status,
				null, null, null, null, null, NOW.minusSeconds(86_400 * 3L));
	}

}
