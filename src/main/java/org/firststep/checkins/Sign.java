package org.firststep.checkins;

import java.util.Arrays;
import java.util.Optional;

/** Signs of pulling away that a check-in can note, as API.md names them. */
public enum Sign {

	DECLINED_HELP("declinedHelp"), LEFT_MESSAGES_UNANSWERED("leftMessagesUnanswered"),
	CANCELLED_APPOINTMENT("cancelledAppointment"), SAID_IM_FINE("saidImFine"), ISOLATED("isolated"),
	UNHEALTHY_COPING("unhealthyCoping");

	static final String PATTERN = "declinedHelp|leftMessagesUnanswered|cancelledAppointment|saidImFine|isolated|unhealthyCoping";

	private final String apiName;

	Sign(String apiName) {
		this.apiName = apiName;
	}

	public String apiName() {
		return this.apiName;
	}

	public static Optional<Sign> of(String apiName) {
		return Arrays.stream(values()).filter((sign) -> sign.apiName.equals(apiName)).findFirst();
	}

}
