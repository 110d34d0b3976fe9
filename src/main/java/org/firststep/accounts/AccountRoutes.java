package org.firststep.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.firststep.platform.security.PublicRoutes;

/** The account routes open to people who are not signed in. */
@Configuration(proxyBeanMethods = false)
class AccountRoutes {

	@Bean
	PublicRoutes accountPublicRoutes() {
		return PublicRoutes.of("/sign-in", "/sign-up", "/recover", "/recovery-code.txt", "/language", "/reset",
				"/reset/*", "/confirm/*", "/api/v1/accounts", "/api/v1/accounts/confirm", "/api/v1/auth/tokens",
				"/api/v1/auth/recover");
	}

}
