package org.firststep.asks;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** An ask's channel keeps the words stored in {@code ask.channel} and the API accepts. */
class AskChannelTests {

	@Test
	void channelsKeepTheWordsTheApiAccepts() {
		assertThat(Stream.of(AskChannel.values()).map(AskChannel::apiName).collect(Collectors.joining("|")))
			.isEqualTo("sms|call|email|inPerson|inApp|other");
		for (AskChannel channel : AskChannel.values()) {
			assertThat(AskChannel.of(channel.apiName())).isSameAs(channel);
			assertThat(AskChannel.apiNameOf(channel)).isEqualTo(channel.apiName());
		}
		assertThat(AskChannel.of(null)).isNull();
		assertThat(AskChannel.apiNameOf(null)).isNull();
	}

	@Test
	void anUnknownChannelFailsNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> AskChannel.of("pigeon")).withMessageContaining("pigeon");
	}

}
