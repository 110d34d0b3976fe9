package org.firststep.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details whose title, detail and field messages are in the
 * request's language.
 */
@Component
public class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatus status, String detailKey, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("about:blank"));
		problem.setTitle(message("problem." + status.value() + ".title"));
		problem.setDetail(message(detailKey, args));
		return problem;
	}

	/** A 400 that lists what to fix in each field. */
	public ProblemDetail invalid(List<FieldProblem> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "problem.400.fields");
		problem.setProperty("errors", errors);
		return problem;
	}

	public FieldProblem field(FieldMessage message) {
		return new FieldProblem(message.field(), message(message.key(), message.args()));
	}

	public String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

	/**
	 * One field's problem as the API reports it.
	 *
	 * @param field the field's name
	 * @param message what to fix, in the request's language
	 */
	public record FieldProblem(String field, String message) {
	}

}
