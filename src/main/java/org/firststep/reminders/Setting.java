package org.firststep.reminders;

import java.util.Arrays;
import java.util.Optional;

/**
 * A kind of reminder its receiver can switch off, as the settings page and
 * {@code /api/v1/reminders/settings} name it.
 */
public enum Setting {

	ASK_DEADLINES("askDeadlines", "ask_deadlines", true),

	ASK_FOLLOW_UP("askFollowUp", "ask_follow_up", true),

	CHECKIN("checkin", "checkin", false),

	ASSESSMENT("assessment", "assessment", false),

	APPOINTMENTS("appointments", "appointments", true),

	SUPPORTER_ASKS("supporterAsks", "supporter_asks", true),

	SUPPORTER_CHECKIN("supporterCheckin", "supporter_checkin", true),

	SUPPORTER_NEWS("supporterNews", "supporter_news", true);

	private final String apiName;

	private final String column;

	private final boolean onByDefault;

	Setting(String apiName, String column, boolean onByDefault) {
		this.apiName = apiName;
		this.column = column;
		this.onByDefault = onByDefault;
	}

	public String apiName() {
		return this.apiName;
	}

	String column() {
		return this.column;
	}

	boolean onByDefault() {
		return this.onByDefault;
	}

	static Optional<Setting> of(String apiName) {
		return Arrays.stream(values()).filter((setting) -> setting.apiName.equals(apiName)).findFirst();
	}

}
