package org.firststep.asks;

import java.util.Arrays;

/**
 * Where an ask stands, with the word stored in {@code ask.status} and shown in the API.
 */
public enum AskStatus {

	DRAFT("draft"), PLANNED("planned"), SENT("sent"), ANSWERED("answered"), CANCELLED("cancelled");

	private final String apiName;

	AskStatus(String apiName) {
		this.apiName = apiName;
	}

	public String apiName() {
		return this.apiName;
	}

	/** Still waiting to go out. */
	public boolean isOpen() {
		return this == DRAFT || this == PLANNED;
	}

	/**
	 * The status stored or imported as this word.
	 * @throws IllegalArgumentException naming a word that is no status
	 */
	public static AskStatus of(String apiName) {
		return Arrays.stream(values())
			.filter((status) -> status.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown ask status: " + apiName));
	}

}
