package org.firststep.asks;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The rejection gap in plain words: "You expected about 3 in 10 to say yes; 8 in 10 did."
 */
public final class GapSentence {

	private GapSentence() {
	}

	public static String of(RejectionGap gap, MessageSource messages, Locale locale) {
		if (!gap.hasFigure()) {
			return messages.getMessage("asks.gap.notYet", new Object[] { RejectionGap.ENOUGH, gap.answered() }, locale);
		}
		return messages.getMessage("asks.gap.sentence", new Object[] { gap.predictedInTen(), gap.actualInTen() },
				locale);
	}

}
