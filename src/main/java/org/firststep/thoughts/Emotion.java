package org.firststep.thoughts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A feeling and how strong it was.
 *
 * @param name the feeling, in the person's words
 * @param strength 0 to 100
 */
public record Emotion(@NotBlank(message = "{thoughts.emotion.name}") @EmotionName String name,
		@NotNull(message = "{thoughts.percent}") @Percent Integer strength) {
}
