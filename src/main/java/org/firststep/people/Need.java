package org.firststep.people;

import java.util.Arrays;
import java.util.Optional;

import org.firststep.platform.web.ApiNamed;

/** The kinds of need a person or service can be good for, and an ask is for. */
public enum Need implements ApiNamed {

	LISTENING("listening"), PRACTICAL("practical"), INFORMATION("information"), PROFESSIONAL("professional"),
	CRISIS("crisis");

	private final String apiName;

	Need(String apiName) {
		this.apiName = apiName;
	}

	/** The name the API and the forms use. */
	@Override
	public String apiName() {
		return this.apiName;
	}

	public static Optional<Need> of(String apiName) {
		return Arrays.stream(values()).filter((need) -> need.apiName.equals(apiName)).findFirst();
	}

}
