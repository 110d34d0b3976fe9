package org.firststep.platform;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages stay small enough for an old phone on a slow network: HTML, CSS and scripts of a
 * first visit together at most 30 KB as transferred (compressed). This counts bytes, not
 * time, so it is exact and belongs in the suite.
 */
class PageWeightIntegrationTests extends IntegrationTest {

	static final int BUDGET = 30 * 1024;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/help", "/sign-in", "/sign-up", "/recover", "/guide" })
	void signedOutPagesFitTheBudget(String path) {
		assertThat(transferred(client(), path)).isLessThanOrEqualTo(BUDGET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/help", "/settings", "/safety-plan", "/people", "/asks", "/insights?days=365",
			"/assessments/PHQ9", "/checkins/today" })
	void signedInPagesFitTheBudget(String path) {
		Person person = signedUpInBrowser();
		assertThat(transferred(person.client(), path)).isLessThanOrEqualTo(BUDGET);
	}

	private static int transferred(TestClient client, String path) {
		var html = Jsoup.parse(client.get(path).body());
		client.header("Accept-Encoding", "gzip");
		int total = client.raw(path).length;
		for (var asset : html.select("link[rel=stylesheet], script[src]")) {
			total += client.raw(asset.hasAttr("href") ? asset.attr("href") : asset.attr("src")).length;
		}
		return total;
	}

}
