package org.firststep.exchanges;

import org.firststep.platform.web.ApiNamed;

/** Which way an act of help went: given by the person or received by them. */
enum Direction implements ApiNamed {

	GIVEN("given"), RECEIVED("received");

	private final String apiName;

	Direction(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

}
