package org.firststep.people;

import org.firststep.platform.web.ApiNamed;

/**
 * Whether an entry of the network is a person or a service (a helpline, a GP practice).
 */
enum PersonType implements ApiNamed {

	PERSON("person"), SERVICE("service");

	private final String apiName;

	PersonType(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

}
