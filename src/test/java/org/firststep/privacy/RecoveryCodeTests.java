package org.firststep.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryCodeTests {

	@Test
	void isTwentyCharactersInFourGroups() {
		RecoveryCode code = RecoveryCode.random();
		assertThat(code.value()).matches("[0-9A-HJKMNP-TV-Z]{20}");
		assertThat(code.display()).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}");
	}

	@Test
	void typingIsForgiving() {
		assertThat(RecoveryCode.parse(" abcde-fghjk mnpqr-stvwx ").value()).isEqualTo("ABCDEFGHJKMNPQRSTVWX");
		assertThat(RecoveryCode.parse("O0IL1").value()).isEqualTo("00111");
		assertThat(RecoveryCode.parse(null).value()).isEmpty();
	}

	@Test
	void neverShowsItselfInLogs() {
		assertThat(RecoveryCode.random().toString()).isEqualTo("RecoveryCode[hidden]");
		assertThat(DataKey.random().toString()).isEqualTo("DataKey[hidden]");
	}

}
