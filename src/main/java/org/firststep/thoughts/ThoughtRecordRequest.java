package org.firststep.thoughts;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.OneOf;

/**
 * A thought record as the API takes it; on a change, a field left out keeps its value.
 *
 * @param situation what happened
 * @param automaticThought the thought; needed for a new record
 * @param beliefBefore 0 to 100
 * @param emotions up to 10 feelings
 * @param traps ids from {@code /api/v1/thinking-traps}
 * @param friendView what they would say to a friend
 * @param evidenceFor what supports the thought
 * @param evidenceAgainst what does not
 * @param balancedThought a balanced thought
 * @param beliefAfter 0 to 100
 * @param askId an ask of the person's, optional
 */
record ThoughtRecordRequest(@ThoughtText String situation,
		@NotBlank(groups = Adding.class, message = "{thoughts.thought.required}") @ThoughtText String automaticThought,
		@Percent Integer beliefBefore,
		@Size(max = 10, message = "{thoughts.emotions.tooMany}") List<@NotNull @Valid Emotion> emotions,
		@Size(max = 12,
				message = "{thoughts.trap}") List<@NotNull(message = "{thoughts.trap}") @OneOf(
						value = ThinkingTrap.class, message = "{thoughts.trap}") String> traps,
		@ReflectionText String friendView, @ReflectionText String evidenceFor, @ReflectionText String evidenceAgainst,
		@ReflectionText String balancedThought, @Percent Integer beliefAfter, String askId) {

	/** Validation group: only for a new record. */
	interface Adding {

	}

	/** This request over what is stored. */
	ThoughtRecord over(ThoughtRecord current) {
		boolean adding = current == null;
		return new ThoughtRecord(adding ? null : current.id(),
				pick(this.situation, adding ? null : current.situation()),
				pick(this.automaticThought, adding ? null : current.automaticThought()),
				(this.beliefBefore != null) ? this.beliefBefore : adding ? null : current.beliefBefore(),
				(this.emotions != null) ? this.emotions : adding ? List.of() : current.emotions(),
				(this.traps != null) ? this.traps : adding ? List.of() : current.traps(),
				pick(this.friendView, adding ? null : current.friendView()),
				pick(this.evidenceFor, adding ? null : current.evidenceFor()),
				pick(this.evidenceAgainst, adding ? null : current.evidenceAgainst()),
				pick(this.balancedThought, adding ? null : current.balancedThought()),
				(this.beliefAfter != null) ? this.beliefAfter : adding ? null : current.beliefAfter(),
				(this.askId != null) ? (this.askId.isBlank() ? null : this.askId) : adding ? null : current.askId(),
				adding ? null : current.createdAt(), null);
	}

	private static String pick(String given, String current) {
		return (given != null) ? given : current;
	}

}
