package org.firststep.supporters;

import org.firststep.platform.web.ApiNamed;

/**
 * A supporter's answer to an ask, by the words stored and sent: yes, partly, can't now.
 */
public enum SupporterAnswer implements ApiNamed {

	YES("yes"), PARTLY("partly"), CANT_NOW("cantNow");

	private final String apiName;

	SupporterAnswer(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

}
