package org.firststep.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.Response;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleApiIntegrationTests extends IntegrationTest {

	static Map<String, Object> sam() {
		return Map.of("name", "Sam Rivera", "relation", "friend", "channels",
				List.of(Map.of("kind", "sms", "value", "+34 600 111 222"),
						Map.of("kind", "email", "value", "sam@example.org")),
				"goodFor", List.of("listening", "practical"), "safety", 4, "notes", "Kind when I was ill last year.");
	}

	@Test
	void addReadChangeAndRemoveSomeone() {
		Person me = signedUpWithToken();
		Response added = me.client().postJson("/api/v1/people", sam());
		assertThat(added.status()).isEqualTo(201);
		JsonNode sam = added.json();
		String id = sam.get("id").asString();
		assertThat(added.header("Location")).isEqualTo("/api/v1/people/" + id);
		assertThat(sam.get("type").asString()).isEqualTo("person");
		assertThat(sam.get("goodFor")).hasSize(2);
		assertThat(sam.get("channels").get(0).get("value").asString()).isEqualTo("+34 600 111 222");

		assertThat(me.client().get("/api/v1/people/" + id).json().get("notes").asString())
			.isEqualTo("Kind when I was ill last year.");
		Response changed = me.client()
			.patchJson("/api/v1/people/" + id, Map.of("safety", 5, "relation", "best friend"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("safety").asInt()).isEqualTo(5);
		assertThat(changed.json().get("name").asString()).isEqualTo("Sam Rivera");
		assertThat(me.client().get("/api/v1/people").json().get("items")).hasSize(1);

		assertThat(me.client().delete("/api/v1/people/" + id).status()).isEqualTo(204);
		assertThat(me.client().get("/api/v1/people/" + id).status()).isEqualTo(404);
	}

	@Test
	void everyFieldIsCheckedWithAClearMessage() {
		Person me = signedUpWithToken();
		Response refused = me.client()
			.postJson("/api/v1/people", Map.of("name", " ", "type", "robot", "goodFor", List.of("money"), "safety", 9,
					"channels", List.of(Map.of("kind", "email", "value", "not an address"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("type", "goodFor[0]", "safety");
		Response missing = me.client().postJson("/api/v1/people", Map.of("relation", "friend"));
		assertThat(missing.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.containsExactlyInAnyOrder("name", "safety");
		Response badContact = me.client()
			.postJson("/api/v1/people", Map.of("name", "Kim", "safety", 3, "channels",
					List.of(Map.of("kind", "phone", "value", "call me maybe"))));
		assertThat(badContact.status()).isEqualTo(400);
		assertThat(badContact.json().get("errors").get(0).get("field").asString()).isEqualTo("channels[0].value");
		assertThat(badContact.json().get("errors").get(0).get("message").asString()).contains("phone number");
	}

	@Test
	void anotherAccountsPersonAnswers404() {
		Person owner = signedUpWithToken();
		String id = owner.client().postJson("/api/v1/people", sam()).json().get("id").asString();
		Person other = signedUpWithToken();
		assertThat(other.client().get("/api/v1/people/" + id).status()).isEqualTo(404);
		assertThat(other.client().patchJson("/api/v1/people/" + id, Map.of("name", "Mine now")).status())
			.isEqualTo(404);
		assertThat(other.client().delete("/api/v1/people/" + id).status()).isEqualTo(404);
		assertThat(other.client().get("/api/v1/people").json().get("items")).isEmpty();
		assertThat(owner.client().get("/api/v1/people/" + id).json().get("name").asString()).isEqualTo("Sam Rivera");
	}

	@Test
	void theNetworkPageGroupsByNeedWithTheSafestFirst() {
		Person me = signedUpInBrowser();
		me.client().postJson("/api/v1/people", Map.of("name", "Ana", "goodFor", List.of("listening"), "safety", 3));
		me.client()
			.postJson("/api/v1/people", Map.of("name", "Bo", "goodFor", List.of("listening", "crisis"), "safety", 5,
					"channels", List.of(Map.of("kind", "phone", "value", "+1 555 0100"))));
		var page = me.client().get("/people").html();
		var listening = page.selectFirst("#need-listening");
		assertThat(listening.select("li strong").eachText()).containsExactly("Bo", "Ana");
		assertThat(listening.selectFirst("li .tag").text()).isEqualTo("Safest to ask");
		assertThat(page.selectFirst("#need-crisis a[href=tel:+15550100]")).isNotNull();
	}

	@Test
	void theFormKeepsWhatWasTypedAndSaysWhatToFix() {
		Person me = signedUpInBrowser();
		Response page = me.client()
			.postForm("/people", "name", "", "relation", "neighbour", "phone", "not a number", "goodFor", "practical");
		assertThat(page.status()).isEqualTo(400);
		var html = page.html();
		assertThat(html.selectFirst("#relation").attr("value")).isEqualTo("neighbour");
		assertThat(html.selectFirst("#phone").attr("value")).isEqualTo("not a number");
		assertThat(html.selectFirst("input[value=practical]").hasAttr("checked")).isTrue();
		assertThat(html.selectFirst("#name-error").text()).contains("name");
		assertThat(html.selectFirst("#phone-error").text()).contains("phone number");
		assertThat(html.selectFirst("#safety-error").text()).contains("1 to 5");

		Response saved = me.client()
			.postForm("/people", "name", "Dee", "relation", "neighbour", "phone", "+44 20 7946 0000", "goodFor",
					"practical", "safety", "4");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(me.client().get("/people").html().select("#need-practical li strong").eachText())
			.containsExactly("Dee");
	}

}
