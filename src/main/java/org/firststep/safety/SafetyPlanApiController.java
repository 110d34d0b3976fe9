package org.firststep.safety;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.firststep.platform.security.CurrentAccount;
import org.firststep.safetynet.CrisisLanguage;
import org.firststep.safetynet.SafetyLevel;

/** {@code /api/v1/safety-plan}: the plan as data and as a PDF. */
@RestController
class SafetyPlanApiController {

	private final SafetyPlanService plans;

	private final SafetyPlanPdf pdf;

	private final CrisisLanguage crisisLanguage;

	private final CrisisCountry country;

	SafetyPlanApiController(SafetyPlanService plans, SafetyPlanPdf pdf, CrisisLanguage crisisLanguage,
			CrisisCountry country) {
		this.plans = plans;
		this.country = country;
		this.pdf = pdf;
		this.crisisLanguage = crisisLanguage;
	}

	@GetMapping("/api/v1/safety-plan")
	PlanResponse get(@AuthenticationPrincipal CurrentAccount me) {
		return PlanResponse.of(this.plans.get(me.id()), this.plans.sharedWith(me.id()), null);
	}

	@PutMapping("/api/v1/safety-plan")
	PlanResponse put(@AuthenticationPrincipal CurrentAccount me, @RequestBody PlanRequest body) {
		SafetyPlan plan = this.plans.save(me.id(), body.steps());
		List<String> sharedWith = (body.sharedWith() != null) ? this.plans.shareWith(me.id(), body.sharedWith())
				: this.plans.sharedWith(me.id());
		SafetyLevel level = this.crisisLanguage
			.level(plan.steps().values().stream().flatMap(List::stream).map(PlanItem::text).toArray(String[]::new));
		return PlanResponse.of(plan, sharedWith, level);
	}

	@GetMapping("/api/v1/safety-plan/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentAccount me, Locale locale, HttpServletRequest request) {
		byte[] document = this.pdf.render(me.id(), locale, this.country.choose(null, request));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("safety-plan.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document);
	}

	/**
	 * The whole plan; a list left out is empty.
	 *
	 * @param sharedWith network entries that may read the plan as supporters; left out,
	 * it stays as it is
	 */
	record PlanRequest(List<PlanItem> warningSigns, List<PlanItem> copingStrategies, List<PlanItem> distractions,
			List<PlanItem> peopleToAsk, List<PlanItem> professionals, List<PlanItem> safeEnvironment,
			List<PlanItem> reasonsForLiving, List<String> sharedWith) {

		Map<PlanStep, List<PlanItem>> steps() {
			Map<PlanStep, List<PlanItem>> steps = new EnumMap<>(PlanStep.class);
			put(steps, PlanStep.WARNING_SIGNS, this.warningSigns);
			put(steps, PlanStep.COPING_STRATEGIES, this.copingStrategies);
			put(steps, PlanStep.DISTRACTIONS, this.distractions);
			put(steps, PlanStep.PEOPLE_TO_ASK, this.peopleToAsk);
			put(steps, PlanStep.PROFESSIONALS, this.professionals);
			put(steps, PlanStep.SAFE_ENVIRONMENT, this.safeEnvironment);
			put(steps, PlanStep.REASONS_FOR_LIVING, this.reasonsForLiving);
			return steps;
		}

		private static void put(Map<PlanStep, List<PlanItem>> steps, PlanStep step, List<PlanItem> items) {
			steps.put(step, (items != null) ? items : List.of());
		}

	}

	/**
	 * The plan.
	 *
	 * @param safetyConcern on a save, whether the safety net noticed anything in what was
	 * written (true at both levels)
	 * @param safetyLevel on a save, {@code none}, {@code concern} (a strong risk signal
	 * such as feeling a burden) or {@code crisis} (words of self-harm or suicide)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record PlanResponse(List<PlanItem> warningSigns, List<PlanItem> copingStrategies, List<PlanItem> distractions,
			List<PlanItem> peopleToAsk, List<PlanItem> professionals, List<PlanItem> safeEnvironment,
			List<PlanItem> reasonsForLiving, List<String> sharedWith, Instant updatedAt, Boolean safetyConcern,
			String safetyLevel) {

		/** The plan; with a level on a save, null on reads. */
		static PlanResponse of(SafetyPlan plan, List<String> sharedWith, SafetyLevel safety) {
			return new PlanResponse(plan.items(PlanStep.WARNING_SIGNS), plan.items(PlanStep.COPING_STRATEGIES),
					plan.items(PlanStep.DISTRACTIONS), plan.items(PlanStep.PEOPLE_TO_ASK),
					plan.items(PlanStep.PROFESSIONALS), plan.items(PlanStep.SAFE_ENVIRONMENT),
					plan.items(PlanStep.REASONS_FOR_LIVING), sharedWith, plan.updatedAt(),
					(safety != null) ? safety.raised() : null, (safety != null) ? safety.apiName() : null);
		}

	}

}
