package org.firststep.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Bean Validation for input a controller cannot bind with {@code @Valid}: a merged
 * {@code PATCH}, a form mapped onto the API's record, an imported row. The messages are
 * the ones {@code @Valid} gives, so every face answers alike.
 */
public final class Violations {

	private Violations() {
	}

	/**
	 * The value, when it meets its constraints.
	 * @param field the name each face gives a property path ({@code channels[0].value})
	 * @throws InvalidInputException naming each field that does not
	 */
	public static <T> T check(Validator validator, T value, UnaryOperator<String> field, Class<?>... groups) {
		List<FieldMessage> errors = errors(validator, value, field, groups);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors.toArray(FieldMessage[]::new));
		}
		return value;
	}

	/**
	 * What is wrong with the value, for a service that adds what only it can check before
	 * it answers.
	 */
	public static <T> List<FieldMessage> errors(Validator validator, T value, UnaryOperator<String> field,
			Class<?>... groups) {
		Set<ConstraintViolation<T>> violations = validator.validate(value, groups);
		return violations.stream()
			.map((violation) -> new FieldMessage(field.apply(field(violation.getPropertyPath())),
					violation.getMessage()))
			.sorted(Comparator.comparing(FieldMessage::field))
			.toList();
	}

	/**
	 * A path as {@code @Valid} names it: {@code goodFor[0]}, {@code channels[0].value}.
	 */
	private static String field(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.isInIterable()) {
				field.append('[').append((node.getIndex() != null) ? node.getIndex() : node.getKey()).append(']');
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				field.append(field.isEmpty() ? "" : ".").append(node.getName());
			}
		}
		return field.toString();
	}

}
