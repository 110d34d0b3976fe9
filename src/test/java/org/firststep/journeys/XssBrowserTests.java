package org.firststep.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.firststep.support.BrowserTest;
import org.firststep.support.Person;
import org.firststep.support.Response;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts every payload of {@code xss/payloads.txt} into every text field a person or a
 * supporter can fill, through the API in bulk, then opens every page that shows them in
 * Chromium, as the person and as their supporter, and types them into the fields that are
 * checked live. No payload may run (each would call {@code __xss(n)} or open a dialog),
 * and no page may hold markup a payload brought (an element or attribute FirstStep never
 * writes). The browser ignores the Content-Security-Policy here, so what is tested is the
 * escaping itself; the policy, the second line of defence, must be on every page.
 * <p>
 * Phone and text-message numbers are not filled: they only take digits and {@code +()-.}.
 */
class XssBrowserTests extends BrowserTest {

	static final List<String> PAYLOADS = payloads();

	/** Records what runs, in every frame, before any page script. */
	private static final String MARKER = "window.__xss = function (n) { (window.__xssHits = window.__xssHits || [])"
			+ ".push(String(n)); };";

	/**
	 * Elements and attributes that FirstStep's templates never write: finding one means a
	 * payload became markup, whether or not it ran.
	 */
	private static final String SEEN = """
			() => {
				const foreign = new Set(['IMG', 'VIDEO', 'AUDIO', 'SOURCE', 'MATH', 'MGLYPH', 'NOSCRIPT', 'IFRAME',
					'FRAME', 'OBJECT', 'EMBED', 'BASE', 'STYLE', 'ANIMATE', 'SET']);
				const urls = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'];
				const found = [];
				for (const element of document.querySelectorAll('*')) {
					const tag = element.tagName.toUpperCase();
					if (foreign.has(tag)) found.push('<' + tag.toLowerCase() + '>');
					if (tag === 'SCRIPT' && !(element.getAttribute('src') || '').startsWith('/js/')) found.push('<script>');
					if (tag === 'META' && element.hasAttribute('http-equiv')) found.push('<meta http-equiv>');
					for (const attribute of element.attributes) {
						const name = attribute.name.toLowerCase();
						const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
						if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'formaction') {
							found.push(tag.toLowerCase() + ' ' + name);
						}
						if (urls.includes(name) && /^(javascript|vbscript|data):/.test(value)) {
							found.push(tag.toLowerCase() + ' ' + name + '=' + value.slice(0, 40));
						}
					}
				}
				return { ran: window.__xssHits || [], injected: found };
			}""";

	/** A plan step's limits (PlanStep's, which the test cannot see from here). */
	private static final int PLAN_ITEMS = 20;

	private static final int PLAN_ITEM_LIMIT = 500;

	private final Map<String, Set<Integer>> fields = new LinkedHashMap<>();

	private final List<String> executions = new ArrayList<>();

	private final List<String> injections = new ArrayList<>();

	private final List<String> unprotected = new ArrayList<>();

	private int pagesVisited;

	@Test
	void noPayloadRunsOnAnyPageThePersonOrTheirSupporterOpens() {
		Person ana = signedUpInBrowser();
		Person sam = signedUpWithToken();
		TestClient api = ana.client();
		Data data = fill(api, sam);

		BrowserContext anaContext = newContext("en-US", true);
		BrowserContext samContext = newContext("en-US", true);
		BrowserContext visitorContext = newContext("en-US", true);
		try {
			Page anaPage = watched(anaContext);
			Page samPage = watched(samContext);
			signIn(anaPage, ana);
			signIn(samPage, sam);
			List<String> names = packs(80, " ");
			setDisplayNames(api, sam, names.get(0));
			for (String path : data.personPages) {
				visit(anaPage, path);
			}
			for (String path : data.supporterPages) {
				visit(samPage, path);
			}
			typeIntoLiveFields(anaPage, samPage, data);
			formsThatKeepWhatWasTyped(anaPage, samPage, watched(visitorContext), data);
			for (String name : names.subList(1, names.size())) {
				setDisplayNames(api, sam, name);
				for (String path : List.of("/", "/settings", "/supporters")) {
					visit(anaPage, path);
				}
				visit(samPage, "/supporting/" + data.link);
			}
			used("account.displayName", names);
			used("supporter.displayName", names);
		}
		finally {
			anaContext.close();
			samContext.close();
			visitorContext.close();
		}

		assertThat(api.get("/api/v1/safety-plan/pdf").status()).as("the plan's PDF, made from the same texts")
			.isEqualTo(200);
		SoftAssertions.assertSoftly((softly) -> {
			softly.assertThat(this.unprotected)
				.as("pages without a Content-Security-Policy, or not answered 200")
				.isEmpty();
			softly.assertThat(this.executions).as("payloads that ran").isEmpty();
			softly.assertThat(this.injections).as("markup a payload brought into a page").isEmpty();
		});
		int placed = this.fields.values().stream().mapToInt(Set::size).sum();
		System.out.printf(
				"xss: %d payloads into %d fields (%d placements), %d pages visited, %d executions, %d injected elements%n",
				PAYLOADS.size(), this.fields.size(), placed, this.pagesVisited, this.executions.size(),
				this.injections.size());
	}

	/** Everything the person and the supporter can write, every payload in each. */
	private Data fill(TestClient api, Person sam) {
		Data data = new Data();
		List<String> names = packs(120, " ");
		List<String> relations = packs(80, " ");
		List<String> others = packs(200, " ");
		List<String> emails = PAYLOADS.stream()
			.filter((payload) -> !payload.matches(".*[\\s@].*") && payload.length() < 180)
			.map((payload) -> payload + "@example.org")
			.toList();
		List<String> notes = packs(4000, "\n");
		int emailsEach = 8;
		int count = Math.max(max(names, relations, others, notes), (emails.size() + emailsEach - 1) / emailsEach);
		for (int i = 0; i < count + count % 2; i++) {
			String type = (i % 2 == 0) ? "person" : "service";
			List<Map<String, String>> channels = new ArrayList<>(
					List.of(Map.of("kind", "other", "value", at(others, i))));
			emails.stream()
				.skip((long) i * emailsEach)
				.limit(emailsEach)
				.forEach((email) -> channels.add(Map.of("kind", "email", "value", email)));
			String id = created(api.postJson("/api/v1/people",
					Map.of("type", type, "name", at(names, i), "relation", at(relations, i), "channels", channels,
							"goodFor", List.of("listening", "practical"), "safety", 1 + i % 5, "notes", at(notes, i))));
			(type.equals("person") ? data.people : data.services).add(id);
		}
		used("people.name", names);
		used("people.relation", relations);
		used("people.channel.other", others);
		used("people.channel.email", emails);
		used("people.notes", notes);

		JsonNode invitation = api
			.postJson("/api/v1/invitations",
					Map.of("scopes", List.of("asks", "status", "offers", "safetyPlan"), "personId", data.people.get(0)))
			.json();
		String link = invitation.get("link").asString();
		Response accepted = sam.client()
			.postJson("/api/v1/invitations/" + link.substring(link.lastIndexOf('/') + 1) + "/accept", Map.of());
		data.link = accepted.json().get("linkId").asString();
		String open = api.postJson("/api/v1/invitations", Map.of("scopes", List.of("status")))
			.json()
			.get("link")
			.asString();
		data.openToken = open.substring(open.lastIndexOf('/') + 1);
		api.putJson("/api/v1/status", Map.of("status", "pleaseCheckIn"));

		List<String> messages = packs(4000, "\n");
		data.askDraft = created(api.postJson("/api/v1/asks",
				Map.of("personId", data.people.get(0), "need", "listening", "size", "small", "message", messages.get(0),
						"channel", "other", "accountabilityPersonId", data.services.get(0), "backupPersonId",
						data.services.get(data.services.size() - 1))));
		List<String> answers = packs(2000, "\n");
		for (int i = 0; i < answers.size(); i++) {
			String ask = created(api.postJson("/api/v1/asks", Map.of("personId", data.people.get(0), "need",
					"practical", "size", "small", "message", at(messages, i))));
			api.postJson("/api/v1/asks/" + ask + "/sent", Map.of());
			sam.client()
				.postJson("/api/v1/supporting/" + data.link + "/asks/" + ask + "/answer",
						Map.of("answer", "partly", "message", answers.get(i)));
			data.askAnswered = (data.askAnswered == null) ? ask : data.askAnswered;
		}
		used("supporter.answer", answers);
		String waiting = created(api.postJson("/api/v1/asks", Map.of("personId", data.people.get(0), "need",
				"listening", "size", "tiny", "message", messages.get(0))));
		api.postJson("/api/v1/asks/" + waiting + "/sent", Map.of());
		data.askRefused = created(api.postJson("/api/v1/asks",
				Map.of("personId", data.people.get(1 % data.people.size()), "need", "listening", "size", "tiny",
						"message", messages.get(0), "backupPersonId", data.services.get(0))));
		api.postJson("/api/v1/asks/" + data.askRefused + "/sent", Map.of());
		List<String> outcomeNotes = packs(4000, "\n");
		api.postJson("/api/v1/asks/" + data.askRefused + "/outcome",
				Map.of("outcome", "no", "feelingAfter", 3, "note", outcomeNotes.get(0)));
		used("asks.message", messages);
		used("asks.outcomeNote", outcomeNotes.subList(0, 1));

		List<String> journal = packs(20000, "\n");
		for (String text : journal) {
			data.journal.add(created(api.postJson("/api/v1/journal", Map.of("text", text, "mood", 4))));
		}
		used("journal.text", journal);

		List<String> shortTexts = packs(2000, "\n");
		List<String> longTexts = packs(4000, "\n");
		List<String> emotions = packs(60, " ");
		int records = Math.max(max(shortTexts, longTexts), (emotions.size() + 9) / 10);
		for (int i = 0; i < records; i++) {
			List<Map<String, Object>> feelings = new ArrayList<>();
			for (int j = i * 10; j < Math.min(emotions.size(), i * 10 + 10); j++) {
				feelings.add(Map.of("name", emotions.get(j), "strength", 50));
			}
			data.thoughts.add(created(api.postJson("/api/v1/thought-records",
					Map.ofEntries(Map.entry("situation", at(shortTexts, i)),
							Map.entry("automaticThought", at(shortTexts, i)), Map.entry("emotions", feelings),
							Map.entry("friendView", at(longTexts, i)), Map.entry("evidenceFor", at(longTexts, i)),
							Map.entry("evidenceAgainst", at(longTexts, i)),
							Map.entry("balancedThought", at(longTexts, i)), Map.entry("beliefBefore", 70),
							Map.entry("beliefAfter", 40), Map.entry("askId", data.askDraft)))));
		}
		for (String field : List.of("situation", "automaticThought")) {
			used("thoughts." + field, shortTexts);
		}
		for (String field : List.of("friendView", "evidenceFor", "evidenceAgainst", "balancedThought")) {
			used("thoughts." + field, longTexts);
		}
		used("thoughts.emotion", emotions);

		List<String> checkinNotes = packs(4000, "\n");
		for (int i = 0; i < checkinNotes.size(); i++) {
			created(api.postJson("/api/v1/checkins", Map.of("date", LocalDate.now().minusDays(1 + i).toString(), "mood",
					5, "note", checkinNotes.get(i))));
		}
		used("checkins.note", checkinNotes);

		List<String> exchanges = packs(1000, "\n");
		for (String what : exchanges) {
			for (String direction : List.of("given", "received")) {
				created(api.postJson("/api/v1/exchanges",
						Map.of("direction", direction, "personId", data.people.get(0), "what", what)));
			}
		}
		used("exchanges.what", exchanges);

		Map<String, Object> plan = new LinkedHashMap<>();
		List<String> planTexts = packs(PLAN_ITEM_LIMIT, " ");
		List<Map<String, String>> items = planTexts.stream().map((text) -> Map.of("text", text)).toList();
		for (String step : List.of("warningSigns", "copingStrategies", "distractions", "peopleToAsk", "professionals",
				"safeEnvironment", "reasonsForLiving")) {
			List<Map<String, String>> withPeople = new ArrayList<>(items);
			if (step.equals("peopleToAsk")) {
				data.people.stream()
					.limit(PLAN_ITEMS - items.size())
					.forEach((person) -> withPeople.add(Map.of("text", "", "personId", person)));
			}
			plan.put(step, withPeople);
			used("safetyPlan." + step, planTexts);
		}
		plan.put("sharedWith", List.of(data.people.get(0)));
		assertThat(api.putJson("/api/v1/safety-plan", plan).status()).isEqualTo(200);

		List<String> tokenNames = packs(80, " ");
		for (String name : tokenNames) {
			assertThat(api.postForm("/settings/tokens", "name", name).status()).isEqualTo(200);
		}
		used("tokens.name", tokenNames);

		List<String> whats = packs(300, " ");
		List<String> whens = packs(100, " ");
		List<String> offerNotes = packs(1000, "\n");
		for (int i = 0; i < max(whats, whens, offerNotes); i++) {
			created(sam.client()
				.postJson("/api/v1/supporting/" + data.link + "/offers",
						Map.of("what", at(whats, i), "when", at(whens, i), "note", at(offerNotes, i))));
		}
		api.get("/api/v1/offers")
			.json()
			.forEach((offer) -> api.postJson("/api/v1/offers/" + offer.get("id").asString() + "/accept", Map.of()));
		used("offers.what", whats);
		used("offers.when", whens);
		used("offers.note", offerNotes);

		String search = encode(String.join(" ", PAYLOADS));
		data.personPages.addAll(List.of("/", "/people", "/asks", "/asks/" + data.askDraft,
				"/asks/" + data.askDraft + "/edit", "/asks/" + data.askAnswered, "/asks/" + data.askRefused,
				"/asks/new?need=listening", "/asks/new?need=listening&person=" + data.people.get(0), "/asks/ladder",
				"/checkins", "/checkins/today", "/insights", "/insights?days=90", "/journal", "/journal?q=" + search,
				"/thoughts", "/thoughts/new?ask=" + data.askDraft, "/give-and-take",
				"/give-and-take?person=" + data.people.get(0), "/safety-plan", "/help", "/supporters", "/settings",
				"/settings/privacy", "/assessments"));
		data.people.forEach((person) -> data.personPages.add("/people/" + person));
		data.services
			.forEach((service) -> data.personPages.add("/asks/new?need=listening&size=small&person=" + service));
		data.journal.forEach((entry) -> data.personPages.add("/journal/" + entry));
		data.thoughts.forEach((thought) -> data.personPages.add("/thoughts/" + thought));
		used("journal.search", List.of(String.join(" ", PAYLOADS)));
		data.supporterPages
			.addAll(List.of("/", "/supporting", "/supporting/" + data.link, "/invitations/" + data.openToken, "/help"));
		return data;
	}

	/**
	 * The fields whose words go to the server as they are typed, the journal's draft kept
	 * in the browser, and their answers shown in the page.
	 */
	private void typeIntoLiveFields(Page anaPage, Page samPage, Data data) {
		String all = String.join("\n", PAYLOADS);
		visit(anaPage, "/asks/" + data.askDraft + "/edit");
		anaPage.waitForResponse((response) -> response.url().endsWith("/asks/clarity"),
				() -> anaPage.locator("textarea[name=message]").fill(all));
		check(anaPage, "the clarity check while writing an ask");
		used("asks.message (live)", List.of(all));

		visit(anaPage, "/journal");
		anaPage.locator("textarea[name=text]").fill(all);
		anaPage.reload();
		assertThat(anaPage.locator("textarea[name=text]").inputValue()).as("the draft came back").isEqualTo(all);
		check(anaPage, "the journal draft restored");
		used("journal.draft", List.of(all));

		visit(samPage, "/supporting/" + data.link);
		for (String field : List.of("textarea[data-coach]", "#what", "#note")) {
			samPage.waitForResponse((response) -> response.url().endsWith("/api/v1/coach"),
					() -> samPage.locator(field).first().fill(all.substring(0, Math.min(all.length(), 300))));
			check(samPage, "the message coach while writing in " + field);
		}
		used("coach (live)", packs(300, "\n").subList(0, 1));
	}

	/** Forms sent with a mistake come back with what was typed: payloads included. */
	private void formsThatKeepWhatWasTyped(Page anaPage, Page samPage, Page visitor, Data data) {
		String name = packs(120, " ").get(0);
		visit(anaPage, "/people/new");
		anaPage.locator("input[name=name]").fill(name);
		anaPage.locator("input[name=other]").fill(packs(200, " ").get(0));
		anaPage.locator("textarea[name=notes]").fill(packs(4000, "\n").get(0));
		submit(anaPage, "form[action='/people'] button[type=submit]", "the network form sent without a safety");

		visit(anaPage, "/settings");
		anaPage.locator("input[name=displayName]").fill((packs(80, " ").get(0) + "_".repeat(81)).substring(0, 81));
		submit(anaPage, "form[action='/settings/profile'] button[type=submit]", "a display name too long");

		visit(samPage, "/supporting/" + data.link);
		samPage.locator("#what").fill(packs(300, " ").get(0));
		samPage.locator("#note").fill(packs(1000, "\n").get(0));
		submit(samPage, "#offer button[type=submit]", "an offer sent without a when");

		visit(visitor, "/sign-up");
		visitor.locator("input[name=email]").fill("not an address");
		visitor.locator("input[name=displayName]").fill(packs(80, " ").get(0));
		submit(visitor, "form[action='/sign-up'] button[type=submit]", "a sign-up with a wrong address");
		used("forms kept after a mistake", List.of(name));
	}

	private void submit(Page page, String button, String what) {
		// A form that creates something is first sent by the page script, then posted:
		// wait for the page that answers it, whichever way it came.
		page.evaluate("() => { window.__beforeSubmit = true; }");
		page.locator(button).first().click();
		page.waitForFunction("() => !window.__beforeSubmit && document.readyState === 'complete'");
		check(page, what);
	}

	/** A page that reports dialogs and every document's security policy. */
	private Page watched(BrowserContext context) {
		context.addInitScript(MARKER);
		Page page = context.newPage();
		page.onDialog((dialog) -> {
			this.executions.add("a dialog (" + dialog.message() + ") on " + page.url());
			dialog.dismiss();
		});
		page.onResponse((response) -> {
			if (response.request().isNavigationRequest() && response.frame() == page.mainFrame()
					&& (response.status() < 300 || response.status() >= 400)) {
				String policy = response.headers().get("content-security-policy");
				boolean expected = response.status() == 200 || response.status() == 400;
				if (policy == null || !policy.contains("script-src 'self'") || !expected) {
					this.unprotected.add(response.status() + " " + response.url() + " policy " + policy);
				}
			}
		});
		return page;
	}

	private void signIn(Page page, Person person) {
		page.navigate(url("/sign-in"));
		page.locator("input[name=email]").fill(person.email());
		page.locator("input[name=password]").fill(person.password());
		page.locator("form[action='/sign-in'] button[type=submit]").click();
		page.waitForLoadState();
	}

	private void setDisplayNames(TestClient api, Person sam, String name) {
		assertThat(api.patchJson("/api/v1/me", Map.of("displayName", name)).status()).isEqualTo(200);
		assertThat(sam.client().patchJson("/api/v1/me", Map.of("displayName", name)).status()).isEqualTo(200);
	}

	private void visit(Page page, String path) {
		page.navigate(url(path));
		check(page, path);
	}

	@SuppressWarnings("unchecked")
	private void check(Page page, String what) {
		this.pagesVisited++;
		Map<String, List<Object>> seen = (Map<String, List<Object>>) page.evaluate(SEEN);
		for (Object hit : seen.get("ran")) {
			this.executions.add("payload " + hit + " ran on " + what + " (" + payloadNumbered(hit) + ")");
		}
		for (Object found : seen.get("injected")) {
			this.injections.add(found + " on " + what);
		}
	}

	private static String payloadNumbered(Object hit) {
		int n = Integer.parseInt(String.valueOf(hit));
		return (n >= 1 && n <= PAYLOADS.size()) ? PAYLOADS.get(n - 1) : "?";
	}

	/** Marks each payload that went into the field within one of these texts. */
	private void used(String field, List<String> texts) {
		Set<Integer> placed = this.fields.computeIfAbsent(field, (key) -> new LinkedHashSet<>());
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			if (texts.stream().anyMatch((text) -> text.contains(payload))) {
				placed.add(i);
			}
		}
	}

	/**
	 * The payloads that fit a field, as few texts as they fit in: each text is as many
	 * payloads as the field's limit takes, joined by the separator.
	 */
	static List<String> packs(int limit, String separator) {
		List<String> packs = new ArrayList<>();
		StringBuilder pack = new StringBuilder();
		for (String payload : PAYLOADS) {
			if (payload.length() > limit) {
				continue;
			}
			if (!pack.isEmpty() && pack.length() + separator.length() + payload.length() > limit) {
				packs.add(pack.toString());
				pack.setLength(0);
			}
			pack.append(pack.isEmpty() ? "" : separator).append(payload);
		}
		if (!pack.isEmpty()) {
			packs.add(pack.toString());
		}
		return packs;
	}

	private static int max(List<?>... lists) {
		int max = 0;
		for (List<?> list : lists) {
			max = Math.max(max, list.size());
		}
		return max;
	}

	private static String at(List<String> texts, int i) {
		return texts.get(i % texts.size());
	}

	private static String created(Response response) {
		assertThat(response.status()).as("saving %s", response.body()).isBetween(200, 201);
		return response.json().get("id").asString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static List<String> payloads() {
		try (InputStream in = XssBrowserTests.class.getResourceAsStream("/xss/payloads.txt")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
			List<String> payloads = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				payloads.add(lines.get(i).replace("#n#", Integer.toString(i + 1)));
			}
			return List.copyOf(payloads);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What was made, and the pages that show it. */
	private static final class Data {

		final List<String> people = new ArrayList<>();

		final List<String> services = new ArrayList<>();

		final List<String> journal = new ArrayList<>();

		final List<String> thoughts = new ArrayList<>();

		final List<String> personPages = new ArrayList<>();

		final List<String> supporterPages = new ArrayList<>();

		String link;

		String openToken;

		String askDraft;

		String askAnswered;

		String askRefused;

	}

}
