package org.firststep.supporters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The words stored in {@code shared_item.kind} and {@code state} map to types and back.
 */
class CopyKindTests {

	@Test
	void everyKindAndStateReadsBackFromItsStoredWord() {
		for (CopyKind kind : CopyKind.values()) {
			assertThat(CopyKind.of(kind.stored())).isSameAs(kind);
		}
		for (OfferState state : OfferState.values()) {
			assertThat(CopyKind.OFFER.state(state.apiName())).isSameAs(state);
		}
		for (SharedAskState state : SharedAskState.values()) {
			assertThat(CopyKind.ASK.state(state.apiName())).isSameAs(state);
		}
		assertThat(CopyKind.STATUS.state(null)).isNull();
		assertThat(CopyKind.SAFETY_PLAN.state(null)).isNull();
	}

	@Test
	void anUnknownWordFailsNamingIt() {
		assertThatIllegalStateException().isThrownBy(() -> CopyKind.of("note")).withMessageContaining("note");
		assertThatIllegalStateException().isThrownBy(() -> CopyKind.OFFER.state("answered"))
			.withMessageContaining("answered");
		assertThatIllegalStateException().isThrownBy(() -> CopyKind.ASK.state("accepted"))
			.withMessageContaining("accepted");
		assertThatIllegalStateException().isThrownBy(() -> CopyKind.ASK.state(null));
		assertThatIllegalStateException().isThrownBy(() -> CopyKind.STATUS.state("open")).withMessageContaining("open");
	}

}
