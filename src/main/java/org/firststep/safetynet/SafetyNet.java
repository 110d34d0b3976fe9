package org.firststep.safetynet;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.firststep.platform.web.LayoutParts;

/**
 * What pages do after saving free text: when the text speaks of self-harm or suicide
 * ({@link SafetyLevel#CRISIS}), the next page opens with the calm safety panel; when it
 * only carries a strong risk signal ({@link SafetyLevel#CONCERN}), the next page shows a
 * small note beside its own confirmation, with the crisis card and the safety plan one
 * tap away. Saving goes ahead either way, and no one else is told.
 */
@Component
public class SafetyNet {

	/** The flash attribute that asks the next page for the safety panel. */
	public static final String CONCERN = "safetyConcern";

	/**
	 * The flash attribute that asks the next page for the small note (the shared tag
	 * reads it).
	 */
	public static final String NOTE = LayoutParts.SAFETY_NOTE;

	private final CrisisLanguage crisisLanguage;

	SafetyNet(CrisisLanguage crisisLanguage) {
		this.crisisLanguage = crisisLanguage;
	}

	/**
	 * How strongly the texts speak of risk; the next page shows the panel for
	 * {@code CRISIS}, the note for {@code CONCERN}, nothing for {@code NONE}.
	 */
	public SafetyLevel afterSave(RedirectAttributes next, String... texts) {
		SafetyLevel level = this.crisisLanguage.level(texts);
		switch (level) {
			case CRISIS -> next.addFlashAttribute(CONCERN, Boolean.TRUE);
			case CONCERN -> next.addFlashAttribute(NOTE, Boolean.TRUE);
			case NONE -> {
			}
		}
		return level;
	}

}
