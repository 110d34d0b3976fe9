package org.firststep.asks;

import java.util.Arrays;
import java.util.Optional;

import org.firststep.platform.web.ApiNamed;

/** How big an ask is, from a heart emoji to asking for professional help. */
public enum Size implements ApiNamed {

	TINY("tiny"), SMALL("small"), MEDIUM("medium"), BIG("big");

	private final String apiName;

	Size(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

	/** One size up, or this size when it is already the biggest. */
	public Size next() {
		return (this == BIG) ? BIG : values()[ordinal() + 1];
	}

	/** Medium and big asks go better spoken than written. */
	public boolean isBetterSpoken() {
		return this == MEDIUM || this == BIG;
	}

	public static Optional<Size> of(String apiName) {
		return Arrays.stream(values()).filter((size) -> size.apiName.equals(apiName)).findFirst();
	}

}
