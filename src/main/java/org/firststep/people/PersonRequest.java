package org.firststep.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.firststep.platform.web.OneOf;

/**
 * A person as the API takes it: all fields on {@code POST}, any on {@code PATCH}.
 *
 * @param type {@code person} (default) or {@code service}
 * @param name the name
 * @param relation friend, sister, GP, helpline...
 * @param channels ways to reach them
 * @param goodFor needs they are good for
 * @param safety how safe they feel to ask, 1 to 5
 * @param notes private notes
 */
record PersonRequest(@OneOf(value = PersonType.class, message = "{people.type}") String type,
		@NotBlank(groups = Adding.class, message = "{people.name.required}") @PersonName String name,
		@Relation String relation,
		@Size(max = 10, message = "{people.channels.tooMany}") List<@Valid @NotNull Channel> channels,
		@Size(max = 5,
				message = "{people.goodFor}") List<@NotNull @OneOf(value = Need.class,
						message = "{people.goodFor}") String> goodFor,
		@NotNull(groups = Adding.class, message = "{people.safety.required}") @Min(value = 1,
				message = "{people.safety.range}") @Max(value = 5, message = "{people.safety.range}") Integer safety,
		@PersonNotes String notes) {

	/** The validation group of fields required only when adding. */
	interface Adding {

	}

}
