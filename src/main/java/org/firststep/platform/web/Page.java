package org.firststep.platform.web;

import java.util.Locale;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.platform.security.SecretTokens;

/**
 * What every template gets as {@code page}: texts in the request's language, the layout's
 * needs (signed in or not, the quick-exit address, where the language switch returns),
 * the CSRF field for forms, fingerprinted static addresses, and the forms of the model.
 */
public final class Page {

	/**
	 * Fingerprinted addresses: the files are in the jar and do not change while it runs.
	 */
	private static final Map<String, String> ASSETS = new java.util.concurrent.ConcurrentHashMap<>();

	private final HttpServletRequest request;

	private final Map<String, ?> model;

	private final Locale locale;

	private final MessageSource messages;

	private final ResourceUrlProvider assets;

	private final WebProperties properties;

	Page(HttpServletRequest request, Map<String, ?> model, Locale locale, MessageSource messages,
			ResourceUrlProvider assets, WebProperties properties) {
		this.request = request;
		this.model = model;
		this.locale = locale;
		this.messages = messages;
		this.assets = assets;
		this.properties = properties;
	}

	/** A text in the page's language. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, key, this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

	/** The page's language tag, {@code en} or {@code es}. */
	public String lang() {
		return this.locale.getLanguage();
	}

	public boolean signedIn() {
		return CurrentAccount.get().isPresent();
	}

	public String quickExitUrl() {
		return this.properties.quickExitUrl().toString();
	}

	/** Where the language switch brings the person back to. */
	public String currentPath() {
		if (this.request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			return ReturnPaths.safe(failed);
		}
		String query = this.request.getQueryString();
		return ReturnPaths.safe(this.request.getRequestURI() + ((query != null) ? "?" + query : ""));
	}

	/** The fingerprinted address of a static file, cached for a year by browsers. */
	public String asset(String path) {
		return ASSETS.computeIfAbsent(path, (lookup) -> {
			String versioned = this.assets.getForLookupPath(lookup);
			return (versioned != null) ? versioned : lookup;
		});
	}

	/** Whether the query has this parameter, for notices such as {@code ?saved}. */
	public boolean has(String parameter) {
		return this.request.getParameter(parameter) != null;
	}

	/** The hidden CSRF field every form that changes something carries. */
	public Content csrf() {
		return (TemplateOutput output) -> {
			if (this.request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				output.writeContent("<input type=\"hidden\" name=\"");
				output.writeUserContent(token.getParameterName());
				output.writeContent("\" value=\"");
				output.writeUserContent(token.getToken());
				output.writeContent("\">");
			}
		};
	}

	/** A query parameter's value, or null. */
	public String param(String name) {
		return this.request.getParameter(name);
	}

	/**
	 * A short mark of the signed-in account for keys the browser keeps (drafts), so that
	 * two people on one device never see each other's; empty when signed out.
	 */
	public String accountMark() {
		return CurrentAccount.get().map((me) -> SecretTokens.hash(me.id()).substring(0, 12)).orElse("");
	}

	/** A model attribute, or null. */
	public Object attribute(String name) {
		return this.model.get(name);
	}

	/** The form bound to this model attribute, with its values and errors. */
	public Form form(String name) {
		Object target = this.model.get(name);
		Object result = this.model.get(BindingResult.MODEL_KEY_PREFIX + name);
		return new Form(target, (result instanceof BindingResult binding) ? binding : null, this.messages, this.locale);
	}

}
