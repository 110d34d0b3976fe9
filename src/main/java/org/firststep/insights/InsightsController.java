package org.firststep.insights;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.firststep.accounts.AccountService;
import org.firststep.asks.GapSentence;
import org.firststep.asks.RejectionGap;
import org.firststep.platform.security.CurrentAccount;

/**
 * The insights page: whether it may be time to ask, patterns noticed, and the person's
 * figures over time, each chart with a table that shows without JavaScript.
 */
@Controller
class InsightsController {

	private static final Set<Integer> PERIODS = Set.of(14, 90, 365);

	private final InsightsService insights;

	private final AccountService accounts;

	private final MessageSource messages;

	InsightsController(InsightsService insights, AccountService accounts, MessageSource messages) {
		this.insights = insights;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/insights")
	String insights(@AuthenticationPrincipal CurrentAccount me,
			@RequestParam(name = "days", defaultValue = "14") int days, Model model, Locale locale) {
		int period = PERIODS.contains(days) ? days : 14;
		History history = this.insights.history(me.id());
		TimeToAsk verdict = TimeToAsk.of(history);
		var safest = this.insights.safestForProfessionalHelp(me.id());
		model.addAttribute("period", period);
		model.addAttribute("verdict", verdict);
		model.addAttribute("reasons", verdict.reasons()
			.stream()
			.map((reason) -> this.messages.getMessage("timeToAsk.reason." + reason.key(), reason.figures(), locale))
			.toList());
		model.addAttribute("step", Steps.forVerdict(verdict, safest, this.messages, locale));
		model.addAttribute("patterns",
				Patterns.of(history)
					.stream()
					.map((kind) -> new NoticedPattern(kind, this.messages.getMessage("pattern." + kind, null, locale),
							Steps.forPattern(kind, safest, this.messages, locale)))
					.toList());
		model.addAttribute("mood", Series.mood(history, period));
		model.addAttribute("assessments", InsightsTables.scores(history.assessments()));
		model.addAttribute("weeks",
				InsightsTables.weeks(Series.asksPerWeek(history, this.accounts.get(me.id()).timeZone())));
		model.addAttribute("gapSentence", GapSentence.of(RejectionGap.ofAsks(history.asks()), this.messages, locale));
		model.addAttribute("dread", InsightsTables.dread(Series.dreadAndFeeling(history)));
		return "insights/index";
	}

}
