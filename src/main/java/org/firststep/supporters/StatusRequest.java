package org.firststep.supporters;

import jakarta.validation.constraints.NotNull;

import org.firststep.platform.web.OneOf;

/**
 * A status, as the API and the status buttons send it.
 *
 * @param status {@code ok}, {@code hardTime} or {@code pleaseCheckIn}
 */
record StatusRequest(@NotNull(message = "{supporters.status}") @OneOf(value = SharedStatus.class,
		message = "{supporters.status}") String status) {
}
