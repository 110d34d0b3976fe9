package org.firststep.platform.persistence;

import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper for what FirstStep writes and reads itself: sealed values, copies
 * for supporters, exports, its data files and the problems its filters answer. It is
 * Jackson's defaults, on purpose apart from the {@code spring.jackson.*} settings of the
 * API's mapper, so that a change made for the API can never change a stored format.
 */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

}
