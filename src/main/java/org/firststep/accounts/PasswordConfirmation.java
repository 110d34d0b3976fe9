package org.firststep.accounts;

import jakarta.validation.constraints.NotBlank;

/**
 * The password, asked again before something that cannot be undone.
 *
 * @param password the current password
 */
public record PasswordConfirmation(@NotBlank(message = "{validation.password.required}") String password) {
}
