package org.firststep.safety;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DialTests {

	@Test
	void callLinksKeepOnlyDigits() {
		assertThat(Dial.call("0800 111 0 111").href()).isEqualTo("tel:08001110111");
		assertThat(Dial.call("0120-279-338").href()).isEqualTo("tel:0120279338");
	}

	@Test
	void aTextKeywordFillsTheMessage() {
		Dial dial = Dial.text("51444 (text HELP)");
		assertThat(dial.number()).isEqualTo("51444");
		assertThat(dial.href()).isEqualTo("sms:51444?body=HELP");
	}

	@Test
	void emergencyEntriesGiveEveryNumberTheyName() {
		assertThat(Dial.fromEmergency("999 (112 also works)")).extracting(Dial::href)
			.containsExactly("tel:999", "tel:112");
		assertThat(Dial.fromEmergency("000 (112 from mobiles)")).extracting(Dial::href)
			.containsExactly("tel:000", "tel:112");
		assertThat(Dial.fromEmergency("10111 (police), 10177 (ambulance/fire), 112 (mobile)")).extracting(Dial::href)
			.containsExactly("tel:10111", "tel:10177", "tel:112");
	}

	@Test
	void anSmsOnlyEmergencyNumberIsATextLink() {
		assertThat(Dial.fromEmergency("112 (or 15 SAMU); SMS 114 for deaf/speech-impaired"))
			.extracting(Dial::kind, Dial::href)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("call", "tel:112"),
					org.assertj.core.groups.Tuple.tuple("call", "tel:15"),
					org.assertj.core.groups.Tuple.tuple("text", "sms:114"));
	}

}
