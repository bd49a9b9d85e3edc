package io.revbridge.enrichment.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  @ParameterizedTest(name = "{0} is valid with domain {1}")
  @CsvSource({"jane@acme.com, acme.com", "Jane.Doe+crm@Sub.Acme.co.uk, sub.acme.co.uk", "o'neil@acme.ie, acme.ie",
      "  padded@acme.com , acme.com"})
  void validAddressesGiveTheirDomain(String text, String domain) {
    assertThat(EmailAddress.parse(text)).hasValueSatisfying(email -> assertThat(email.domain()).isEqualTo(domain));
  }

  @ParameterizedTest(name = "''{0}'' is not an email address")
  @ValueSource(strings = {"", "jane", "jane@", "@acme.com", "jane@@acme.com", "jane@acme", "jane@acme..com",
      ".jane@acme.com", "jane.@acme.com", "ja..ne@acme.com", "jane doe@acme.com", "jane@acme.com>", "jane@-acme.com"})
  void invalidAddressesAreRejected(String text) {
    assertThat(EmailAddress.parse(text)).isEmpty();
  }
}
