package org.firststep.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the Idempotency-Key into every signed-in POST. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration implements WebMvcConfigurer {

	/**
	 * After Spring Security (order -100), which says who is signed in, and after the
	 * privacy module's filter (order 0), which unlocks their data key.
	 */
	static final int ORDER = 10;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new IdempotencyFilter.RefusedRequests()).order(Integer.MIN_VALUE + 1);
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(StoredReplies replies, ReplySealing sealing,
			TransactionOperations transactions) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(replies, sealing, transactions));
		registration.setOrder(ORDER);
		return registration;
	}

}
