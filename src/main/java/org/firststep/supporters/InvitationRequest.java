package org.firststep.supporters;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.firststep.platform.web.EmailAddress;
import org.firststep.platform.web.OneOf;

/**
 * An invitation to make, as the API and the supporters page send it.
 *
 * @param scopes what the supporter will share: {@code asks}, {@code status},
 * {@code offers}, {@code safetyPlan}
 * @param personId the network entry the supporter is, optional
 * @param email where to send the link, optional
 */
record InvitationRequest(
		@NotNull(message = "{supporters.scopes}") List<@NotNull(message = "{supporters.scopes}") @OneOf(
				value = Scope.class, message = "{supporters.scopes}") String> scopes,
		String personId, @EmailAddress String email) {
}
