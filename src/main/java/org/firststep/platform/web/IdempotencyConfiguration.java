package org.firststep.platform.web;

import java.util.Objects;

import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

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

	/** The contract in the API's description: every POST names the optional header. */
	@Bean
	OpenApiCustomizer idempotencyKeyInTheApiDescription() {
		return (api) -> api.getPaths()
			.values()
			.stream()
			.map(PathItem::getPost)
			.filter(Objects::nonNull)
			.forEach((post) -> post.addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER)
				.required(false)
				.description("Signed in: send the request again with the same key (1 to 255 printable ASCII"
						+ " characters, kept 24 hours per account) and it gets the first answer and stores"
						+ " nothing new; the key with a different request answers 422.")
				.schema(new StringSchema().minLength(1).maxLength(IdempotencyKey.MAX_LENGTH))));
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
