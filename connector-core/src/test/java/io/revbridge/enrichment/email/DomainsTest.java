package io.revbridge.enrichment.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainsTest {
  @ParameterizedTest(name = "''{0}'' normalises to {1}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "acme.com | acme.com",
      "ACME.com | acme.com",
      "www.acme.com | acme.com",
      "https://www.Acme.com:8443/about?x=1 | acme.com",
      "http://acme.com/ | acme.com",
      "acme.com. | acme.com",
      "  acme.co.uk  | acme.co.uk",
      "shop.acme.com | shop.acme.com",
      "jane@Acme.com | acme.com",
      "münchen.de | münchen.de",
      "localhost | null",
      "acme | null",
      "192.168.0.1 | null",
      "-acme.com | null",
      "acme..com | null",
      "not a url | null",
      "'' | null"})
  void websitesAndDomainsShareOneForm(String text, String expected) {
    assertThat(Domains.normalise(text)).isEqualTo(expected);
  }
}
