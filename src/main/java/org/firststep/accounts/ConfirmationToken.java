package org.firststep.accounts;

import jakarta.validation.constraints.NotBlank;

/**
 * The token at the end of a sign-up link, for confirming the account through the API.
 *
 * @param token the last part of the link
 */
record ConfirmationToken(@NotBlank(message = "{validation.required}") String token) {
}
