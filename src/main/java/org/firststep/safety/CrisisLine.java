package org.firststep.safety;

import java.util.List;

/**
 * One crisis line, as the shared data gives it.
 *
 * @param name the service's name
 * @param phone the number to call, as written, or null
 * @param sms the number to text, as written, or null
 * @param chatUrl the chat page, or null
 * @param notes what the research found about it (English)
 * @param sources where each fact comes from
 * @param call the call link, or null
 * @param text the text link, or null
 */
public record CrisisLine(String name, String phone, String sms, String chatUrl, String notes, List<String> sources,
		Dial call, Dial text) {
}
