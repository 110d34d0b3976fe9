package org.firststep.thoughts;

import java.time.Instant;
import java.util.List;

/**
 * A thought record: a hard moment looked at again, slowly.
 *
 * @param id the id
 * @param situation what happened
 * @param automaticThought the thought that came
 * @param beliefBefore how much it was believed, 0 to 100
 * @param emotions feelings with their strength
 * @param traps thinking traps noticed, by id
 * @param friendView what the person would say to a friend who thought this
 * @param evidenceFor what supports the thought
 * @param evidenceAgainst what does not
 * @param balancedThought a more balanced thought
 * @param beliefAfter how much the first thought is believed now, 0 to 100
 * @param askId the ask it is about, or null
 * @param createdAt when it was written
 * @param updatedAt when it last changed
 */
public record ThoughtRecord(String id, String situation, String automaticThought, Integer beliefBefore,
		List<Emotion> emotions, List<String> traps, String friendView, String evidenceFor, String evidenceAgainst,
		String balancedThought, Integer beliefAfter, String askId, Instant createdAt, Instant updatedAt) {

	/** Every piece of free text, for the safety net. */
	public String[] texts() {
		return new String[] { this.situation, this.automaticThought, this.friendView, this.evidenceFor,
				this.evidenceAgainst, this.balancedThought,
				String.join(" ", this.emotions.stream().map(Emotion::name).toList()) };
	}

}
