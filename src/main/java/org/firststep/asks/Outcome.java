package org.firststep.asks;

import java.util.Arrays;
import java.util.Optional;

import org.firststep.platform.web.ApiNamed;

/** How an ask went. */
public enum Outcome implements ApiNamed {

	YES("yes", 1.0), PARTLY("partly", 0.5), NO("no", 0.0), NO_REPLY("noReply", 0.0);

	private final String apiName;

	private final double yesShare;

	Outcome(String apiName, double yesShare) {
		this.apiName = apiName;
		this.yesShare = yesShare;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

	/** How much of a yes it counts for in the gap: partly counts as half. */
	public double yesShare() {
		return this.yesShare;
	}

	/** A yes or a partly: the ladder climbs from these. */
	public boolean wentWell() {
		return this == YES || this == PARTLY;
	}

	public static Optional<Outcome> of(String apiName) {
		return Arrays.stream(values()).filter((outcome) -> outcome.apiName.equals(apiName)).findFirst();
	}

}
