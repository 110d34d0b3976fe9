package org.firststep.people;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of need a person or service can be good for, and an ask is for. */
public enum Need {

	LISTENING("listening"), PRACTICAL("practical"), INFORMATION("information"), PROFESSIONAL("professional"),
	CRISIS("crisis");

	private final String apiName;

	Need(String apiName) {
		this.apiName = apiName;
	}

	/** The name the API and the forms use. */
	public String apiName() {
		return this.apiName;
	}

	public static Optional<Need> of(String apiName) {
		return Arrays.stream(values()).filter((need) -> need.apiName.equals(apiName)).findFirst();
	}

	/** The regular expression of the API names, for validation. */
	public static final String PATTERN = "listening|practical|information|professional|crisis";

}
