package org.firststep.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors the container reports outside Spring MVC: the same problem+json for the API and
 * the same calm page for the browser, never a stack trace.
 */
@Controller
class FirstStepErrorController implements ErrorController {

	private final Problems problems;

	FirstStepErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		boolean api = uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
		String key = switch (status.value()) {
			case 403 -> "problem.403.csrf";
			case 404 -> "problem.404.detail";
			case 413 -> api ? "problem.413.detail" : "problem.413.page";
			default -> status.is4xxClientError() ? "problem.400.unreadable" : "problem.500.detail";
		};
		ProblemDetail problem = this.problems.of(status, key);
		if (api) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("problem", problem);
		return page;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null && status.isError()) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
