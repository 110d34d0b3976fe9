package org.firststep.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageCompressionTests {

	private final PageCompression compression = new PageCompression();

	@Test
	void makesGzipThatAnyReaderOpensPageAfterPage() throws IOException {
		// Twenty pages in a row go through the same few compressors: one left with the
		// previous page's state would spoil the next page.
		for (int i = 0; i < 20; i++) {
			byte[] page = ("<!doctype html><p>Hello " + i + "</p>").repeat(100 + i).getBytes(StandardCharsets.UTF_8);
			byte[] gzipped = this.compression.gzip(page);
			assertThat(gzipped.length).isLessThan(page.length / 4);
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
				assertThat(in.readAllBytes()).isEqualTo(page);
			}
		}
	}

	@Test
	void followsWhatTheClientAccepts() {
		assertThat(PageCompression.accepted(request("gzip, deflate, br"))).isTrue();
		assertThat(PageCompression.accepted(request("br;q=1.0, GZIP;q=0.5"))).isTrue();
		assertThat(PageCompression.accepted(request("gzip;q=0"))).isFalse();
		assertThat(PageCompression.accepted(request("gzip; q=0.000"))).isFalse();
		assertThat(PageCompression.accepted(request("identity"))).isFalse();
		assertThat(PageCompression.accepted(request("x-gzip2"))).isFalse();
		assertThat(PageCompression.accepted(new MockHttpServletRequest())).isFalse();
	}

	private static MockHttpServletRequest request(String acceptEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Encoding", acceptEncoding);
		return request;
	}

}
