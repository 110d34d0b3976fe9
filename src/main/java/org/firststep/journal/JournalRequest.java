package org.firststep.journal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A journal entry as the API and the page send it.
 *
 * @param text what was written; needed for a new entry
 * @param mood 0 to 10, optional
 */
record JournalRequest(
		@NotBlank(groups = Adding.class, message = "{journal.text.required}") @Size(max = 20000,
				message = "{journal.text.tooLong}") String text,
		@Min(value = 0, message = "{journal.mood.invalid}") @Max(value = 10,
				message = "{journal.mood.invalid}") Integer mood) {

	/** Validation group: a new entry, or the page's form, which always sends the text. */
	interface Adding {

	}

}
