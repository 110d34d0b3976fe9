package org.firststep.supporters;

import java.util.Arrays;

/**
 * The coarse status a person shares with their supporters, with the word sealed in
 * {@code person_status}, copied for supporters and shown in the API.
 */
public enum PersonStatus {

	OK("ok"), HARD_TIME("hardTime"), PLEASE_CHECK_IN("pleaseCheckIn");

	private final String apiName;

	PersonStatus(String apiName) {
		this.apiName = apiName;
	}

	public String apiName() {
		return this.apiName;
	}

	/**
	 * The status sent or stored as this word.
	 * @throws IllegalArgumentException for a word that is no status; the word is left out
	 * of the message, as a stored one was sealed
	 */
	static PersonStatus of(String apiName) {
		return Arrays.stream(values())
			.filter((status) -> status.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown person status"));
	}

}
