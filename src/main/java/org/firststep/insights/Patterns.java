package org.firststep.insights;

import java.util.ArrayList;
import java.util.List;

import org.firststep.asks.Ask;
import org.firststep.checkins.Checkin;
import org.firststep.checkins.Sign;

/**
 * Patterns of pulling away, noticed kindly: never streaks, never counts of days missed.
 * Each pattern is a kind, named and given one small step by the page or the API.
 */
final class Patterns {

	static final int WEEK = 7;

	static final int MONTH = 30;

	static final int TWO_WEEKS = 14;

	private Patterns() {
	}

	static List<String> of(History history) {
		List<String> found = new ArrayList<>();
		List<Checkin> week = history.checkinsInLast(WEEK);
		if (days(week, Sign.DECLINED_HELP, Sign.LEFT_MESSAGES_UNANSWERED) >= 3) {
			found.add("pullingAway");
		}
		if (days(history.checkinsInLast(MONTH), Sign.CANCELLED_APPOINTMENT) >= 2) {
			found.add("cancelledAppointments");
		}
		List<Checkin> twoWeeks = history.checkinsInLast(TWO_WEEKS);
		boolean spansTwoWeeks = !twoWeeks.isEmpty()
				&& !twoWeeks.get(twoWeeks.size() - 1).day().isAfter(history.today().minusDays(TWO_WEEKS - 2L));
		if (twoWeeks.size() >= TimeToAsk.ENOUGH_CHECKINS && spansTwoWeeks
				&& twoWeeks.stream().allMatch((checkin) -> checkin.mood() <= TimeToAsk.LOW_MOOD)) {
			found.add("lowMood");
		}
		if (history.asks()
			.stream()
			.anyMatch((ask) -> ask.isOpen() && ask.sendBy() != null && ask.sendBy().isBefore(history.now()))) {
			found.add("unsentAsks");
		}
		if (days(week, Sign.SAID_IM_FINE) >= 3) {
			found.add("saidImFine");
		}
		return found;
	}

	/** Open asks past their send-by date, oldest deadline first. */
	static List<Ask> unsent(History history) {
		return history.asks()
			.stream()
			.filter((ask) -> ask.isOpen() && ask.sendBy() != null && ask.sendBy().isBefore(history.now()))
			.sorted(java.util.Comparator.comparing(Ask::sendBy))
			.toList();
	}

	private static long days(List<Checkin> checkins, Sign... signs) {
		return checkins.stream().filter((checkin) -> java.util.Arrays.stream(signs).anyMatch(checkin::has)).count();
	}

}
