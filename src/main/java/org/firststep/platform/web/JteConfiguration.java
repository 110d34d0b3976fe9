package org.firststep.platform.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Pages are jte templates from {@code src/main/jte}, compiled to Java with the rest of
 * the code: a template that refers to something that does not exist fails the build, and
 * rendering is plain method calls. A view name {@code accounts/sign-in} renders
 * {@code accounts/sign-in.jte} with the model and a {@link Page}.
 */
@Configuration(proxyBeanMethods = false)
class JteConfiguration {

	@Bean
	TemplateEngine templateEngine() {
		return TemplateEngine.createPrecompiled(ContentType.Html);
	}

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine engine, MessageSource messages, ResourceUrlProvider assets,
			WebProperties properties, LocaleResolver locales) {
		return new JteViewResolver(engine, messages, assets, properties, locales);
	}

	/**
	 * Resolves every view name to a jte template, and {@code redirect:} names to
	 * redirects.
	 */
	static final class JteViewResolver implements ViewResolver, Ordered {

		private final TemplateEngine engine;

		private final MessageSource messages;

		private final ResourceUrlProvider assets;

		private final WebProperties properties;

		private final LocaleResolver locales;

		JteViewResolver(TemplateEngine engine, MessageSource messages, ResourceUrlProvider assets,
				WebProperties properties, LocaleResolver locales) {
			this.engine = engine;
			this.messages = messages;
			this.assets = assets;
			this.properties = properties;
			this.locales = locales;
		}

		@Override
		public View resolveViewName(String name, Locale locale) {
			if (name.startsWith("redirect:")) {
				RedirectView redirect = new RedirectView(name.substring("redirect:".length()), true);
				redirect.setExposeModelAttributes(false);
				return redirect;
			}
			String template = name + ".jte";
			return this.engine.hasTemplate(template) ? new JteView(template) : null;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		private final class JteView implements View {

			private final String template;

			JteView(String template) {
				this.template = template;
			}

			@Override
			public String getContentType() {
				return "text/html;charset=UTF-8";
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws Exception {
				Map<String, Object> parameters = new HashMap<>((model != null) ? model : Map.of());
				Locale locale = JteViewResolver.this.locales.resolveLocale(request);
				parameters.put("page", new Page(request, parameters, locale, JteViewResolver.this.messages,
						JteViewResolver.this.assets, JteViewResolver.this.properties));
				Utf8ByteOutput output = new Utf8ByteOutput();
				JteViewResolver.this.engine.render(this.template, parameters, output);
				// One write: each write passes through every response wrapper of the
				// chain. The server compresses it (server.compression.*).
				byte[] body = output.toByteArray();
				response.setContentType(getContentType());
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}

		}

	}

}
