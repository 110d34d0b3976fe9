package org.firststep.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteAddressTests {

	@Test
	void theHostIsLocalhostUnlessTheServerIsBoundToOneAddress() {
		assertThat(SiteAddress.host(null)).isEqualTo("localhost");
		assertThat(SiteAddress.host("")).isEqualTo("localhost");
		assertThat(SiteAddress.host("0.0.0.0")).isEqualTo("localhost");
		assertThat(SiteAddress.host("::")).isEqualTo("localhost");
		assertThat(SiteAddress.host("192.168.1.20")).isEqualTo("192.168.1.20");
		assertThat(SiteAddress.host("firststep.lan")).isEqualTo("firststep.lan");
	}

	@Test
	void anIpv6AddressIsBracketedAsAUrlNeedsIt() {
		assertThat(SiteAddress.host("::1")).isEqualTo("[::1]");
		assertThat(SiteAddress.host("[::1]")).isEqualTo("[::1]");
	}

}
