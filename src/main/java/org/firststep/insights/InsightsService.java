package org.firststep.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

import org.firststep.asks.Ask;
import org.firststep.asks.AskService;
import org.firststep.assessments.AssessmentService;
import org.firststep.checkins.Checkin;
import org.firststep.checkins.CheckinService;
import org.firststep.people.Need;
import org.firststep.people.PeopleService;
import org.firststep.people.Someone;
import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/** Gathers one person's history and applies the rules to it. */
@Service
class InsightsService {

	private final CheckinService checkins;

	private final AssessmentService assessments;

	private final AskService asks;

	private final PeopleService people;

	private final CrisisLanguage crisisLanguage;

	private final Clock clock;

	InsightsService(CheckinService checkins, AssessmentService assessments, AskService asks, PeopleService people,
			CrisisLanguage crisisLanguage, Clock clock) {
		this.checkins = checkins;
		this.assessments = assessments;
		this.asks = asks;
		this.people = people;
		this.crisisLanguage = crisisLanguage;
		this.clock = clock;
	}

	History history(String accountId) {
		LocalDate today = this.checkins.today(accountId);
		Instant now = this.clock.instant();
		List<Checkin> year = this.checkins.between(accountId, today.minusDays(365), today);
		List<Ask> asks = this.asks.list(accountId);
		Instant since = now.minus(Duration.ofDays(TimeToAsk.DAYS));
		boolean words = year.stream()
			.filter((checkin) -> !checkin.day().isBefore(today.minusDays(TimeToAsk.DAYS - 1L)))
			.anyMatch((checkin) -> this.crisisLanguage.level(checkin.note()) == SafetyLevel.CRISIS)
				|| asks.stream()
					.filter((ask) -> !ask.createdAt().isBefore(since)
							|| (ask.answeredAt() != null && !ask.answeredAt().isBefore(since)))
					.anyMatch(
							(ask) -> this.crisisLanguage.level(ask.message(), ask.outcomeNote()) == SafetyLevel.CRISIS);
		return new History(today, now, year, this.assessments.list(accountId), asks, words);
	}

	TimeToAsk timeToAsk(String accountId) {
		return TimeToAsk.of(history(accountId));
	}

	List<String> patterns(String accountId) {
		return Patterns.of(history(accountId));
	}

	/**
	 * Who to ask for professional help: the safest for it, else the safest of all. Found
	 * only when a step asks for it, and at most once, so that a page that suggests no one
	 * opens no name.
	 */
	Supplier<Optional<Someone>> safestForProfessionalHelp(String accountId) {
		return SingletonSupplier
			.of(() -> this.people.safestFor(accountId, Need.PROFESSIONAL).or(() -> this.people.safestOfAll(accountId)));
	}

}
