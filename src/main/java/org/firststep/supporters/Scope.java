package org.firststep.supporters;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.firststep.platform.web.ApiNamed;

/** What a supporter may see or do. */
public enum Scope implements ApiNamed {

	ASKS("asks"), STATUS("status"), OFFERS("offers"), SAFETY_PLAN("safetyPlan");

	private final String apiName;

	Scope(String apiName) {
		this.apiName = apiName;
	}

	@Override
	public String apiName() {
		return this.apiName;
	}

	public static Optional<Scope> of(String apiName) {
		return Arrays.stream(values()).filter((scope) -> scope.apiName.equals(apiName)).findFirst();
	}

	/**
	 * The scopes stored as {@link #text}: comma-separated words, none for an empty text.
	 * @throws IllegalStateException naming a stored word that is no scope
	 */
	static Set<Scope> parse(String text) {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		if (text != null) {
			Arrays.stream(text.split(","))
				.filter((word) -> !word.isEmpty())
				.map((word) -> of(word).orElseThrow(() -> new IllegalStateException("Unknown stored scope: " + word)))
				.forEach(scopes::add);
		}
		return scopes;
	}

	static Set<Scope> of(List<String> names) {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		if (names != null) {
			names.stream().map(Scope::of).flatMap(Optional::stream).forEach(scopes::add);
		}
		return scopes;
	}

	static String text(Set<Scope> scopes) {
		return scopes.stream().map(Scope::apiName).sorted().collect(Collectors.joining(","));
	}

	static List<String> names(Set<Scope> scopes) {
		return scopes.stream().map(Scope::apiName).toList();
	}

}
