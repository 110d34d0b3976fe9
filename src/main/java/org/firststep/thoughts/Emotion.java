package org.firststep.thoughts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A feeling and how strong it was.
 *
 * @param name the feeling, in the person's words
 * @param strength 0 to 100
 */
public record Emotion(
		@NotBlank(message = "{thoughts.emotion.name}") @Size(max = 60, message = "{thoughts.emotion.name}") String name,
		@NotNull(message = "{thoughts.percent}") @Min(value = 0, message = "{thoughts.percent}") @Max(value = 100,
				message = "{thoughts.percent}") Integer strength) {
}
