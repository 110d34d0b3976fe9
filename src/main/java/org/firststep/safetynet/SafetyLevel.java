package org.firststep.safetynet;

import java.util.Locale;

/**
 * How strongly a text speaks of risk. {@code CRISIS}: any idea of suicide, of wanting to
 * be dead, or of harming oneself; the calm full panel. {@code CONCERN}: a strong risk
 * signal without such an idea (feeling a burden, trapped, hopeless, a loss by suicide); a
 * small gentle note. The order matters: a later constant is the stronger.
 */
public enum SafetyLevel {

	NONE, CONCERN, CRISIS;

	/**
	 * The name in the JSON API: {@code "none"}, {@code "concern"} or {@code "crisis"}.
	 */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether anything was noticed: the boolean meaning of {@code safetyConcern}. */
	public boolean raised() {
		return this != NONE;
	}

	/** The stronger of the two. */
	public SafetyLevel max(SafetyLevel other) {
		return other.compareTo(this) > 0 ? other : this;
	}

}
