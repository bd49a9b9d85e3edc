package io.revbridge.enrichment.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.ProviderAnswer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailDomainProviderTest {
  private final EmailDomainProvider provider = EmailDomainProvider.builtIn();

  private ProviderAnswer answer(String email, String website) {
    Map<String, Object> known = new HashMap<>();
    if (email != null) {
      known.put(EnrichmentFields.PERSON_EMAIL, email);
    }
    if (website != null) {
      known.put(EnrichmentFields.PERSON_WEBSITE, website);
    }
    return provider.enrich(java.util.List.of(EnrichmentInput.of("k", known))).get(0);
  }

  private static Object value(ProviderAnswer answer, String field) {
    return answer.candidates().containsKey(field) ? answer.candidates().get(field).value() : null;
  }

  @Test
  void aWorkEmailGivesTheCompanyDomain() {
    ProviderAnswer answer = answer("Jane@Acme.com", null);

    assertThat(value(answer, EnrichmentFields.COMPANY_DOMAIN)).isEqualTo("acme.com");
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_DOMAIN).confidence()).isEqualTo(0.8);
    assertThat(value(answer, EnrichmentFields.PERSON_FREE_MAIL)).isEqualTo(false);
    assertThat(value(answer, EnrichmentFields.PERSON_EMAIL_VALID)).isEqualTo(true);
  }

  @Test
  void aFreeMailAddressNeverBecomesTheCompanyDomain() {
    ProviderAnswer answer = answer("jane.doe@gmail.com", null);

    assertThat(value(answer, EnrichmentFields.PERSON_FREE_MAIL)).isEqualTo(true);
    assertThat(value(answer, EnrichmentFields.PERSON_EMAIL_DOMAIN)).isEqualTo("gmail.com");
    assertThat(answer.candidates()).doesNotContainKey(EnrichmentFields.COMPANY_DOMAIN);
  }

  @Test
  void aDisposableAddressIsFlaggedAlsoOnASubdomain() {
    ProviderAnswer answer = answer("x@inbox.mailinator.com", null);

    assertThat(value(answer, EnrichmentFields.PERSON_DISPOSABLE_EMAIL)).isEqualTo(true);
    assertThat(answer.candidates()).doesNotContainKey(EnrichmentFields.COMPANY_DOMAIN);
  }

  @Test
  void theWebsiteWinsOverTheEmailDomainForTheCompany() {
    ProviderAnswer answer = answer("jane@acme-mail.com", "https://www.acme.com/en/");

    assertThat(value(answer, EnrichmentFields.COMPANY_DOMAIN)).isEqualTo("acme.com");
    assertThat(answer.candidates().get(EnrichmentFields.COMPANY_DOMAIN).confidence()).isEqualTo(0.95);
  }

  @Test
  void anInvalidEmailIsReportedInvalidAndGivesNoDomain() {
    ProviderAnswer answer = answer("jane at acme", null);

    assertThat(value(answer, EnrichmentFields.PERSON_EMAIL_VALID)).isEqualTo(false);
    assertThat(answer.candidates()).containsOnlyKeys(EnrichmentFields.PERSON_EMAIL_VALID);
  }

  @Test
  void theShippedListsLoad() {
    assertThat(DomainList.freeMail().contains("gmail.com")).isTrue();
    assertThat(DomainList.freeMail().contains("mail.gmail.com")).isFalse();
    assertThat(DomainList.disposable().size()).isGreaterThan(20);
  }
}
