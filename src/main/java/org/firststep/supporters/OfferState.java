package org.firststep.supporters;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an offer of help stands: the person has not answered it yet, or took it or not.
 */
public enum OfferState implements CopyState {

	OPEN("open"), ACCEPTED("accepted"), DECLINED("declined");

	private final String apiName;

	OfferState(String apiName) {
		this.apiName = apiName;
	}

	@Override
	@JsonValue
	public String apiName() {
		return this.apiName;
	}

	static OfferState of(String apiName) {
		return Arrays.stream(values())
			.filter((state) -> state.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown offer state: " + apiName));
	}

}
