package org.firststep.supporters;

import java.util.Arrays;

/**
 * What a copy in {@code shared_item} or {@code invitation_item} is of, with the value
 * stored in its {@code kind} column. The stored value is also part of each copy's
 * associated data, so it never changes.
 */
enum CopyKind {

	STATUS("status"), SAFETY_PLAN("safetyPlan"), ASK("ask"), OFFER("offer"),

	/**
	 * An ask whose accountability partner the supporter is: its need, size and send-by,
	 * and its words only when the person chose to share them.
	 */
	PARTNER_PLAN("partnerPlan");

	private final String stored;

	CopyKind(String stored) {
		this.stored = stored;
	}

	String stored() {
		return this.stored;
	}

	static CopyKind of(String stored) {
		return Arrays.stream(values())
			.filter((kind) -> kind.stored.equals(stored))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown kind of shared copy: " + stored));
	}

	/**
	 * The state stored beside a copy of this kind: asks and offers have one, the rest
	 * none.
	 */
	CopyState state(String stored) {
		return switch (this) {
			case ASK -> SharedAskState.of(stored);
			case OFFER -> OfferState.of(stored);
			case STATUS, SAFETY_PLAN, PARTNER_PLAN -> {
				if (stored != null) {
					throw new IllegalStateException("A " + this.stored + " copy has no state, found: " + stored);
				}
				yield null;
			}
		};
	}

}
