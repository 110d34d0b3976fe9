package org.firststep.people;

import org.firststep.platform.web.ApiNamed;

/** The kinds of way to reach someone. */
enum ChannelKind implements ApiNamed {

	PHONE("phone"), SMS("sms"), EMAIL("email"), OTHER("other");

	private final String apiName;

	ChannelKind(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

}
