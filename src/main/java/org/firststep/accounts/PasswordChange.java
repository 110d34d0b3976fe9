package org.firststep.accounts;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password, with the current one as proof.
 *
 * @param currentPassword the password in use now
 * @param newPassword the new one
 */
public record PasswordChange(@NotBlank(message = "{validation.password.required}") String currentPassword,
		@AcceptablePassword String newPassword) {
}
