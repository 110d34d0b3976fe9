package org.firststep.asks;

import org.firststep.platform.web.ApiNamed;

/** How an ask goes out, as the API and the editor name it. */
enum AskChannel implements ApiNamed {

	SMS("sms"), CALL("call"), EMAIL("email"), IN_PERSON("inPerson"), IN_APP("inApp"), OTHER("other");

	private final String apiName;

	AskChannel(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

}
