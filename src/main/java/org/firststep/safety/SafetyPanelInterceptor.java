package org.firststep.safety;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.web.LayoutParts;
import org.firststep.safetynet.SafetyNet;

/**
 * Puts the safety panel on the page that follows a save the safety net was concerned
 * about. The panel closes with "I'm safe right now", which is simply the same page again.
 * <p>
 * An interceptor rather than a {@code @ModelAttribute} advice: the concern arrives as a
 * flash attribute, already in the model when the page is about to render, and an advice
 * method costs every page request a reflective call and annotation lookups (4 % of the
 * home page's CPU).
 */
@Configuration(proxyBeanMethods = false)
class SafetyPanelInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final CrisisLines lines;

	private final CrisisCountry country;

	private final SafetyPlanService plans;

	SafetyPanelInterceptor(CrisisLines lines, CrisisCountry country, SafetyPlanService plans) {
		this.lines = lines;
		this.country = country;
		this.plans = plans;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !page.hasView() || !Boolean.TRUE.equals(page.getModel().get(SafetyNet.CONCERN))) {
			return;
		}
		CurrentAccount.get()
			.ifPresent((me) -> page.addObject(LayoutParts.SAFETY_PANEL, new SafetyPanel(
					this.lines.forCountry(this.country.choose(null, request)).orElse(null), this.plans.view(me.id()))));
	}

}
