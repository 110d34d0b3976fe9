package org.firststep.supporters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A specific offer, as the API and the supporter's page send it.
 *
 * @param what what they offer
 * @param when when (an instant or a date, as text)
 * @param note an optional note
 */
record OfferRequest(
		@NotBlank(message = "{supporters.offer.what}") @Size(max = 300,
				message = "{supporters.offer.what}") String what,
		@NotBlank(message = "{supporters.offer.when}") @Size(max = 100,
				message = "{supporters.offer.when}") String when,
		@Size(max = 1000, message = "{supporters.offer.note}") String note) {
}
