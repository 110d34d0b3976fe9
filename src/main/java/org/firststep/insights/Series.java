package org.firststep.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.firststep.asks.Ask;
import org.firststep.asks.Size;
import org.firststep.checkins.Checkin;

/** The figures the insights page draws, each as a chart and as a table. */
public final class Series {

	private Series() {
	}

	/**
	 * Mood over the last {@code days} days: one point a day for two weeks, else one a
	 * week (the week's average).
	 */
	static List<Point> mood(History history, int days) {
		LocalDate from = history.today().minusDays(days - 1L);
		Map<LocalDate, Integer> byDay = history.checkins()
			.stream()
			.filter((checkin) -> !checkin.day().isBefore(from))
			.collect(Collectors.toMap(Checkin::day, Checkin::mood));
		List<Point> points = new ArrayList<>();
		if (days <= 14) {
			for (LocalDate day = from; !day.isAfter(history.today()); day = day.plusDays(1)) {
				Integer mood = byDay.get(day);
				points.add(new Point(day, (mood != null) ? mood.doubleValue() : null));
			}
			return points;
		}
		for (LocalDate week = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !week
			.isAfter(history.today()); week = week.plusWeeks(1)) {
			LocalDate start = week;
			double[] moods = byDay.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().isBefore(start) && entry.getKey().isBefore(start.plusWeeks(1)))
				.mapToDouble((entry) -> entry.getValue())
				.toArray();
			points.add(new Point(week, (moods.length == 0) ? null
					: Math.round(java.util.Arrays.stream(moods).average().orElse(0) * 10) / 10.0));
		}
		return points;
	}

	/** Asks made each week of the last 12, by size, oldest week first. */
	static Map<LocalDate, Map<Size, Long>> asksPerWeek(History history, java.time.ZoneId zone) {
		LocalDate firstWeek = history.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
		Map<LocalDate, Map<Size, Long>> weeks = new LinkedHashMap<>();
		for (int i = 0; i < 12; i++) {
			Map<Size, Long> sizes = new EnumMap<>(Size.class);
			for (Size size : Size.values()) {
				sizes.put(size, 0L);
			}
			weeks.put(firstWeek.plusWeeks(i), sizes);
		}
		Function<Ask, LocalDate> weekOf = (ask) -> ask.createdAt()
			.atZone(zone)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (Ask ask : history.asks()) {
			Map<Size, Long> sizes = weeks.get(weekOf.apply(ask));
			if (sizes != null) {
				sizes.merge(ask.size(), 1L, Long::sum);
			}
		}
		return weeks;
	}

	/** Answered asks with both the dread before and the feeling after, newest first. */
	static List<Ask> dreadAndFeeling(History history) {
		return history.asks()
			.stream()
			.filter((ask) -> ask.dread() != null && ask.feelingAfter() != null)
			.limit(20)
			.toList();
	}

	/**
	 * One point of a chart.
	 *
	 * @param day the day, or the Monday of the week
	 * @param value the value, or null when there is none
	 */
	public record Point(LocalDate day, Double value) {
	}

}
