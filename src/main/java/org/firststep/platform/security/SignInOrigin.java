package org.firststep.platform.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a sign-in attempt comes from: the client address, and the browser's device token
 * if it has one ({@link KnownDevices}).
 *
 * @param address the client address
 * @param device the device token, or empty
 */
public record SignInOrigin(String address, Optional<String> device) {

	public static SignInOrigin of(HttpServletRequest request) {
		return new SignInOrigin(ClientAddress.of(request), KnownDevices.of(request));
	}

	/** An origin known only by its address, as an API client without cookies is. */
	public static SignInOrigin address(String address) {
		return new SignInOrigin(address, Optional.empty());
	}

}
