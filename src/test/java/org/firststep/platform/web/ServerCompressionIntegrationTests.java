package org.firststep.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.firststep.support.IntegrationTest;
import org.firststep.support.Person;
import org.firststep.support.TestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are compressed by the server ({@code server.compression.*} in
 * application.properties), over a real connection: MockMvc would not run the server's
 * compression at all.
 */
class ServerCompressionIntegrationTests extends IntegrationTest {

	private static final List<String> PAGES = List.of("/", "/help", "/sign-in", "/sign-up", "/recover", "/guide");

	@Test
	void makesGzipThatAnyReaderOpensPageAfterPage() throws IOException {
		// Forty pages in a row through the server's compressors: one left with the
		// previous page's state would spoil the next page.
		TestClient gzip = client().header("Accept-Encoding", "gzip");
		TestClient plain = client();
		for (int i = 0; i < 40; i++) {
			String path = PAGES.get(i % PAGES.size());
			HttpResponse<byte[]> compressed = gzip.wire(path);
			byte[] page = plain.raw(path);
			assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(compressed.body().length).isLessThan(page.length * 2 / 3);
			// Whole and the same page (its form tokens differ from one answer to the
			// next).
			String opened = new String(gunzip(compressed.body()), StandardCharsets.UTF_8);
			assertThat(opened).endsWith("</html>\n\n");
			assertThat(Jsoup.parse(opened).text())
				.isEqualTo(Jsoup.parse(new String(page, StandardCharsets.UTF_8)).text());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			gzip, deflate, br   | true
			br;q=1.0, GZIP;q=0.5 | true
			gzip;q=0            | false
			gzip; q=0.000       | false
			identity            | false
			x-gzip2             | false
			''                  | false
			""")
	void followsWhatTheClientAccepts(String acceptEncoding, boolean gzipped) {
		TestClient client = client();
		if (!acceptEncoding.isEmpty()) {
			client.header("Accept-Encoding", acceptEncoding);
		}
		HttpResponse<byte[]> help = client.wire("/help");
		assertThat(help.statusCode()).isEqualTo(200);
		assertThat(help.headers().firstValue("Content-Encoding").isPresent()).isEqualTo(gzipped);
		// Either way a cache must keep the two apart.
		assertThat(help.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
	}

	@Test
	void anAnswerUnderTheMinimumSizeIsSentAsItIs() {
		TestClient client = client();
		String icon = client.get("/").html().selectFirst("link[rel=icon]").attr("href");
		HttpResponse<byte[]> small = client.header("Accept-Encoding", "gzip").wire(icon);
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
		assertThat(small.body().length).isLessThan(512);
		assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void anAlreadyCompressedTypeIsSentAsItIs() {
		TestClient client = client();
		Person.signUpWithToken(client);
		HttpResponse<byte[]> pdf = client.header("Accept-Encoding", "gzip").wire("/api/v1/safety-plan/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body().length).isGreaterThan(512);
		assertThat(pdf.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
