package org.firststep.asks;

import java.util.Arrays;

import org.firststep.platform.web.ApiNamed;

/**
 * How an ask goes out, with the word stored in {@code ask.channel} and shown in the API.
 */
public enum AskChannel implements ApiNamed {

	SMS("sms"), CALL("call"), EMAIL("email"), IN_PERSON("inPerson"), IN_APP("inApp"), OTHER("other");

	private final String apiName;

	AskChannel(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

	/**
	 * The channel stored, sent or imported as this word; none for null.
	 * @throws IllegalArgumentException naming a word that is no channel
	 */
	public static AskChannel of(String apiName) {
		if (apiName == null) {
			return null;
		}
		return Arrays.stream(values())
			.filter((channel) -> channel.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown ask channel: " + apiName));
	}

	/** The word of a channel, or null for none. */
	static String apiNameOf(AskChannel channel) {
		return (channel != null) ? channel.apiName : null;
	}

}
