package org.firststep.supporters;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.firststep.platform.web.OneOf;

/**
 * New scopes, as the API and the supporters page send them.
 *
 * @param scopes what the supporter shares from now on
 */
record ScopesRequest(@NotNull(message = "{supporters.scopes}") List<@NotNull(message = "{supporters.scopes}") @OneOf(
		value = Scope.class, message = "{supporters.scopes}") String> scopes) {
}
