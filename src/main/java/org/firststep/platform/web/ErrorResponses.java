package org.firststep.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into a clear answer: problem+json for the API, a calm error page
 * for the browser. Bad input answers 400 with what to fix, never 500. Nothing private is
 * logged: unexpected failures are logged by type and stack frames, without messages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final Problems problems;

	ErrorResponses(Problems problems) {
		this.problems = problems;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@ExceptionHandler(BindException.class)
	Object invalidBody(BindException ex, HttpServletRequest request) {
		List<Problems.FieldProblem> errors = ex.getFieldErrors()
			.stream()
			.map((error) -> new Problems.FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return respond(request, this.problems.invalid(errors));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<Problems.FieldProblem> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(new Problems.FieldProblem(parameterName(result.getMethodParameter()),
						error.getDefaultMessage()))));
		return respond(request, this.problems.invalid(errors));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	Object invalidConstraints(ConstraintViolationException ex, HttpServletRequest request) {
		List<Problems.FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new Problems.FieldProblem(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return respond(request, this.problems.invalid(errors));
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalidInput(InvalidInputException ex, HttpServletRequest request) {
		return respond(request, this.problems.invalid(ex.errors().stream().map(this.problems::field).toList()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPathReference()
				.replaceAll("^[^\\[]*", "")
				.replaceAll("\\[\"([^\"]*)\"\\]", ".$1")
				.replaceAll("^\\.", "");
			String key = (jackson instanceof RefusedValueException refused) ? refused.key() : "validation.wrongType";
			return respond(request, this.problems.invalid(List.of(this.problems.field(new FieldMessage(field, key)))));
		}
		return respond(request, this.problems.of(HttpStatus.BAD_REQUEST, "problem.400.unreadable"));
	}

	/**
	 * Form fields that are not valid percent-encoded UTF-8 ({@code email=%zz}): the
	 * container could not read the request's parameters, which is bad input, not a
	 * failure. One short line, with tokens in the path masked.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	Object unreadableParameters(HttpServletRequest request) {
		log.warn("Refused {} {}: the form is not valid percent-encoded UTF-8", request.getMethod(),
				SafeLogging.path(request.getRequestURI()));
		return respond(request, this.problems.of(HttpStatus.BAD_REQUEST, "problem.400.unreadable"));
	}

	/**
	 * A path segment that cannot be what it names (an id with a NUL in it) finds nothing:
	 * 404. A request parameter of the wrong kind ({@code ?days=abc}) is bad input: 400,
	 * naming it for the API.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object wrongType(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return respond(request, this.problems.of(HttpStatus.NOT_FOUND, "problem.404.detail"));
		}
		if (isApi(request)) {
			String key = String.class.equals(ex.getRequiredType()) ? "validation.text.unstorable"
					: "validation.wrongType";
			return respond(request,
					this.problems.invalid(List.of(this.problems.field(new FieldMessage(ex.getName(), key)))));
		}
		return respond(request, this.problems.of(HttpStatus.BAD_REQUEST, "problem.400.unreadable"));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return respond(request, this.problems
			.invalid(List.of(this.problems.field(new FieldMessage(ex.getParameterName(), "validation.required")))));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedMediaType(HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.415.detail"));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.NOT_ACCEPTABLE, "problem.406.detail"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.METHOD_NOT_ALLOWED, "problem.405.detail"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.413.detail"));
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.NOT_FOUND, "problem.404.detail"));
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.CONFLICT, ex.key()));
	}

	/** The IETF draft's answer to an Idempotency-Key used again for another request. */
	@ExceptionHandler(IdempotencyFilter.KeyReusedException.class)
	Object idempotencyKeyReused(HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "problem.422.idempotencyKey"));
	}

	@ExceptionHandler(TooManyRequestsException.class)
	Object tooMany(TooManyRequestsException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		return respond(request,
				this.problems.of(HttpStatus.TOO_MANY_REQUESTS, "problem.429.detail", ex.retryAfterMinutes()));
	}

	@ExceptionHandler(UnauthorizedException.class)
	Object unauthorized(UnauthorizedException ex, HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.UNAUTHORIZED, ex.key()));
	}

	/**
	 * Signed in, but the key that opens their data is gone (the browser lost its cookie):
	 * sign in again, nothing is lost.
	 */
	@ExceptionHandler(SignInAgainException.class)
	Object signInAgain(HttpServletRequest request) {
		if (isApi(request)) {
			return respond(request, this.problems.of(HttpStatus.UNAUTHORIZED, "problem.401.locked"));
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return new ModelAndView("redirect:/sign-in?locked");
	}

	@ExceptionHandler(UnreadableDataException.class)
	Object unreadable(HttpServletRequest request) {
		return respond(request, this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.500.unreadable"));
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected failure on {} {}: {}", request.getMethod(), SafeLogging.path(request.getRequestURI()),
				SafeLogging.describe(ex));
		return respond(request, this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.500.detail"));
	}

	private Object respond(HttpServletRequest request, ProblemDetail problem) {
		HttpStatus status = HttpStatus.valueOf(problem.getStatus());
		if (isApi(request)) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("problem", problem);
		return page;
	}

	/**
	 * The name the client used: the request parameter's or path variable's, else the Java
	 * name.
	 */
	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
		if (variable != null && !variable.name().isEmpty()) {
			return variable.name();
		}
		return parameter.getParameterName();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
