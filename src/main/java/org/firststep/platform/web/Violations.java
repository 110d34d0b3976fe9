package org.firststep.platform.web;

import java.util.Comparator;
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
		Set<ConstraintViolation<T>> violations = validator.validate(value, groups);
		if (violations.isEmpty()) {
			return value;
		}
		throw new InvalidInputException(violations.stream()
			.map((violation) -> new FieldMessage(field.apply(field(violation.getPropertyPath())),
					violation.getMessage()))
			.sorted(Comparator.comparing(FieldMessage::field))
			.toArray(FieldMessage[]::new));
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
