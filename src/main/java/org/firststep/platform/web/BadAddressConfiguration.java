package org.firststep.platform.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Refuses badly encoded addresses before anything else reads them. */
@Configuration(proxyBeanMethods = false)
class BadAddressConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new BadAddressFilter.Refusal()).order(Integer.MIN_VALUE);
	}

	@Bean
	FilterRegistrationBean<BadAddressFilter> badAddressFilter() {
		FilterRegistrationBean<BadAddressFilter> registration = new FilterRegistrationBean<>(new BadAddressFilter());
		registration.setOrder(Integer.MIN_VALUE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

}
