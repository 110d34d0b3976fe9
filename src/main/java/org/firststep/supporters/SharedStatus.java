package org.firststep.supporters;

import org.firststep.platform.web.ApiNamed;

/** The coarse status a person shares with their supporters. */
enum SharedStatus implements ApiNamed {

	OK("ok"), HARD_TIME("hardTime"), PLEASE_CHECK_IN("pleaseCheckIn");

	private final String apiName;

	SharedStatus(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

}
