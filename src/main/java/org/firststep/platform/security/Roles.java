package org.firststep.platform.security;

/**
 * The one authority a signed-in account has; what it may reach is decided by ownership.
 */
public final class Roles {

	public static final String PERSON = "ROLE_PERSON";

	private Roles() {
	}

}
