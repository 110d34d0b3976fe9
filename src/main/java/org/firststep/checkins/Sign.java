package org.firststep.checkins;

import java.util.Arrays;
import java.util.Optional;

import org.firststep.platform.web.ApiNamed;

/** Signs of pulling away that a check-in can note, as API.md names them. */
public enum Sign implements ApiNamed {

	DECLINED_HELP("declinedHelp"), LEFT_MESSAGES_UNANSWERED("leftMessagesUnanswered"),
	CANCELLED_APPOINTMENT("cancelledAppointment"), SAID_IM_FINE("saidImFine"), ISOLATED("isolated"),
	UNHEALTHY_COPING("unhealthyCoping");

	private final String apiName;

	Sign(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

	public static Optional<Sign> of(String apiName) {
		return Arrays.stream(values()).filter((sign) -> sign.apiName.equals(apiName)).findFirst();
	}

}
