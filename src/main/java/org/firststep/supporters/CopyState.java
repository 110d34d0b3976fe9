package org.firststep.supporters;

/**
 * The state kept in the clear beside a shared copy, as its {@code state} column stores
 * it.
 */
sealed interface CopyState permits SharedAskState, OfferState {

	/** The value in the database and in the JSON API. */
	String apiName();

}
