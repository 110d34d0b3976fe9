package org.firststep.supporters;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an ask shared with a supporter stands: waiting for their answer, or answered. */
public enum SharedAskState implements CopyState {

	OPEN("open"), ANSWERED("answered");

	private final String apiName;

	SharedAskState(String apiName) {
		this.apiName = apiName;
	}

	@Override
	@JsonValue
	public String apiName() {
		return this.apiName;
	}

	static SharedAskState of(String apiName) {
		return Arrays.stream(values())
			.filter((state) -> state.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown state of a shared ask: " + apiName));
	}

}
