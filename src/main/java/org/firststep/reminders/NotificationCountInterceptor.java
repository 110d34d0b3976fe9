package org.firststep.reminders;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.LayoutParts;

/**
 * Puts the count of unread notifications beside the menu of every page a signed-in person
 * sees: one indexed count, and none for redirects or the API.
 */
@Configuration(proxyBeanMethods = false)
class NotificationCountInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final NotificationRepository notifications;

	NotificationCountInterceptor(NotificationRepository notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.hasView()
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		CurrentAccount.get()
			.ifPresent((me) -> page.addObject(LayoutParts.NOTIFICATIONS, this.notifications.unread(me.id())));
	}

}
