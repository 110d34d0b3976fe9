package org.firststep.host;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Web addresses in an e-mail's text become links; nothing else does. */
class TextPartTests {

	@Test
	void aLinkOnItsOwnLineIsALinkBetweenTexts() {
		assertThat(TextPart.split("Open this link:\nhttps://example.org/reset/a-B_9\n\nIt works for 1 hour."))
			.containsExactly(new TextPart("Open this link:\n", false),
					new TextPart("https://example.org/reset/a-B_9", true),
					new TextPart("\n\nIt works for 1 hour.", false));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "See http://localhost:8080/confirm/abc.|http://localhost:8080/confirm/abc",
					"(https://example.org/guide)|https://example.org/guide",
					"https://example.org/a?b=1&c=2,|https://example.org/a?b=1&c=2",
					"<https://example.org/x>|https://example.org/x", "\"https://example.org/x\"|https://example.org/x",
					"https://x|https://x" })
	void punctuationAroundALinkStaysText(String text, String link) {
		assertThat(TextPart.split(text).stream().filter(TextPart::link).map(TextPart::text)).containsExactly(link);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "javascript:alert(1)", "ftp://example.org/file", "mailto:robin@example.org",
			"https://", "www.example.org", "data:text/html,<b>x</b>" })
	void onlyWebAddressesBecomeLinks(String text) {
		assertThat(TextPart.split(text)).containsExactly(new TextPart(text, false));
	}

	@Test
	void theTextWithoutAddressesIsOnePieceAndEmptyTextNone() {
		assertThat(TextPart.split("Hello, Robin.")).containsExactly(new TextPart("Hello, Robin.", false));
		assertThat(TextPart.split("")).isEqualTo(List.of());
	}

}
