package org.firststep.reminders;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a reminder or notification is about. The kind alone decides its words, which never
 * carry anything private: the e-mail says there is a reminder (or that someone would like
 * a check-in), and the in-app list says what happened without naming anyone.
 */
public enum ReminderKind {

	/** The person's own send-by time for an ask. */
	ASK_SEND_BY("askSendBy", Setting.ASK_DEADLINES, Duration.ofDays(1), true, false),

	/** The day after a send-by with no outcome: how did it go? */
	ASK_FOLLOW_UP("askFollowUp", Setting.ASK_FOLLOW_UP, Duration.ofDays(2), true, false),

	/** The daily check-in, at the time the person chose. */
	CHECKIN("checkin", Setting.CHECKIN, Duration.ofDays(1), true, false),

	/** The two-week self-assessment. */
	ASSESSMENT("assessment", Setting.ASSESSMENT, Duration.ofDays(3), true, false),

	/** To a supporter: an ask was addressed to them. */
	SUPPORTER_ASKED("supporterAsked", Setting.SUPPORTER_ASKS, Duration.ofDays(7), false, false),

	/** To a supporter: the person's status became "please check in". */
	SUPPORTER_CHECK_IN("supporterCheckIn", Setting.SUPPORTER_CHECKIN, Duration.ofDays(2), false, true),

	/** To a supporter: their own weekly check-in day. */
	SUPPORTER_RHYTHM("supporterRhythm", Setting.SUPPORTER_CHECKIN, Duration.ofDays(1), true, false),

	/**
	 * To a supporter: the person made a plan and chose them to hold them to it; nothing
	 * of what the ask says.
	 */
	PARTNER_PLAN("partnerPlan", Setting.SUPPORTER_CHECKIN, Duration.ofDays(7), false, false),

	/** To a supporter who is an ask's partner: its send-by has come. */
	PARTNER_SEND_BY("partnerSendBy", Setting.SUPPORTER_CHECKIN, Duration.ofDays(1), false, false),

	/** To the person: a supporter answered one of their asks. */
	SUPPORTER_ANSWERED("supporterAnswered", Setting.SUPPORTER_NEWS, Duration.ofDays(7), false, false),

	/** To the person: a supporter made an offer. */
	SUPPORTER_OFFERED("supporterOffered", Setting.SUPPORTER_NEWS, Duration.ofDays(7), false, false),

	/** To the person: a supporter checked in with them. */
	SUPPORTER_CHECKED_IN("supporterCheckedIn", Setting.SUPPORTER_NEWS, Duration.ofDays(7), false, false);

	private final String apiName;

	private final Setting setting;

	private final Duration usefulFor;

	private final boolean nudge;

	private final boolean checkInRequest;

	ReminderKind(String apiName, Setting setting, Duration usefulFor, boolean nudge, boolean checkInRequest) {
		this.apiName = apiName;
		this.setting = setting;
		this.usefulFor = usefulFor;
		this.nudge = nudge;
		this.checkInRequest = checkInRequest;
	}

	public String apiName() {
		return this.apiName;
	}

	/** The switch its receiver turns it off with. */
	Setting setting() {
		return this.setting;
	}

	/**
	 * How long after its time it still means something: one that could not go out sooner
	 * (the server was down) is dropped after that.
	 */
	Duration usefulFor() {
		return this.usefulFor;
	}

	/**
	 * A nudge from FirstStep itself, which a pause silences; news from a person (an ask,
	 * an answer, a check-in request) still reaches the in-app list during a pause, only
	 * not by e-mail.
	 */
	boolean isNudge() {
		return this.nudge;
	}

	/**
	 * Whether its e-mail says that someone would like a check-in, rather than that there
	 * is a reminder.
	 */
	boolean isCheckInRequest() {
		return this.checkInRequest;
	}

	static Optional<ReminderKind> of(String apiName) {
		return Arrays.stream(values()).filter((kind) -> kind.apiName.equals(apiName)).findFirst();
	}

}
