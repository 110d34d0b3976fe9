package org.firststep.safetynet;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What pages do after saving free text: when the text speaks of self-harm or suicide, the
 * next page opens with the calm safety panel. Saving goes ahead either way, and no one
 * else is told.
 */
@Component
public class SafetyNet {

	/** The flash attribute that asks the next page for the safety panel. */
	public static final String CONCERN = "safetyConcern";

	private final CrisisLanguage crisisLanguage;

	SafetyNet(CrisisLanguage crisisLanguage) {
		this.crisisLanguage = crisisLanguage;
	}

	/** Whether the texts raise a concern; if so, the next page shows the panel. */
	public boolean afterSave(RedirectAttributes next, String... texts) {
		boolean concern = this.crisisLanguage.concerns(texts);
		if (concern) {
			next.addFlashAttribute(CONCERN, Boolean.TRUE);
		}
		return concern;
	}

}
