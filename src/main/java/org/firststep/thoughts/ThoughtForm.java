package org.firststep.thoughts;

import java.util.ArrayList;
import java.util.List;

import org.firststep.platform.web.OneOf;

/**
 * The thought record page's form: up to three feelings, each a name and a strength.
 *
 * @param situation what happened
 * @param automaticThought the thought
 * @param beliefBefore 0 to 100
 * @param emotionName0 a feeling
 * @param emotionStrength0 its strength
 * @param emotionName1 a feeling
 * @param emotionStrength1 its strength
 * @param emotionName2 a feeling
 * @param emotionStrength2 its strength
 * @param traps trap ids ticked
 * @param friendView what they would say to a friend
 * @param evidenceFor what supports it
 * @param evidenceAgainst what does not
 * @param balancedThought a balanced thought
 * @param beliefAfter 0 to 100
 * @param askId the ask it is about
 */
record ThoughtForm(@ThoughtText String situation, @ThoughtText String automaticThought, @Percent Integer beliefBefore,
		@EmotionName String emotionName0, @Percent Integer emotionStrength0, @EmotionName String emotionName1,
		@Percent Integer emotionStrength1, @EmotionName String emotionName2, @Percent Integer emotionStrength2,
		List<@OneOf(value = ThinkingTrap.class, message = "{thoughts.trap}") String> traps,
		@ReflectionText String friendView, @ReflectionText String evidenceFor, @ReflectionText String evidenceAgainst,
		@ReflectionText String balancedThought, @Percent Integer beliefAfter, String askId) {

	static ThoughtForm empty(String askId) {
		return new ThoughtForm(null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null,
				null, askId);
	}

	static ThoughtForm of(ThoughtRecord record) {
		List<Emotion> emotions = record.emotions();
		return new ThoughtForm(record.situation(), record.automaticThought(), record.beliefBefore(), name(emotions, 0),
				strength(emotions, 0), name(emotions, 1), strength(emotions, 1), name(emotions, 2),
				strength(emotions, 2), record.traps(), record.friendView(), record.evidenceFor(),
				record.evidenceAgainst(), record.balancedThought(), record.beliefAfter(), record.askId());
	}

	ThoughtRecord record() {
		List<Emotion> emotions = new ArrayList<>();
		add(emotions, this.emotionName0, this.emotionStrength0);
		add(emotions, this.emotionName1, this.emotionStrength1);
		add(emotions, this.emotionName2, this.emotionStrength2);
		List<String> chosen = (this.traps != null) ? this.traps : List.of();
		return new ThoughtRecord(null, this.situation, this.automaticThought, this.beliefBefore, emotions, chosen,
				this.friendView, this.evidenceFor, this.evidenceAgainst, this.balancedThought, this.beliefAfter,
				(this.askId == null || this.askId.isBlank()) ? null : this.askId, null, null);
	}

	private static void add(List<Emotion> emotions, String name, Integer strength) {
		if (name != null && !name.isBlank()) {
			emotions.add(new Emotion(name.strip(), (strength != null) ? strength : 50));
		}
	}

	private static String name(List<Emotion> emotions, int index) {
		return (index < emotions.size()) ? emotions.get(index).name() : null;
	}

	private static Integer strength(List<Emotion> emotions, int index) {
		return (index < emotions.size()) ? emotions.get(index).strength() : null;
	}

}
