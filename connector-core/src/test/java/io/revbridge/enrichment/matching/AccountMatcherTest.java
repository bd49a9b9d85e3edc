package io.revbridge.enrichment.matching;

import static io.revbridge.enrichment.matching.Records.company;
import static io.revbridge.enrichment.matching.Records.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.revbridge.enrichment.email.DomainList;
import io.revbridge.model.Company;
import io.revbridge.model.RecordRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountMatcherTest {
  private static final Company ACME = company("c1", "Acme, Inc.", "https://www.acme.com", "CUSTOMER", "owner-7");
  private static final Company GLOBEX = company("c2", "Globex Corporation", "globex.io", "PROSPECT", "owner-8");
  private static final Company INITECH = company("c3", "Initech GmbH", null, "Customer - Direct", "owner-9");

  private final AccountMatcher matcher =
      new AccountMatcher(List.of(ACME, GLOBEX, INITECH), DomainList.freeMail(), AccountMatcher.DEFAULT_NAME_THRESHOLD);

  @Test
  void aWorkEmailDomainFindsTheAccountItsOwnerAndThatItIsACustomer() {
    AccountMatch match = matcher.match(person("1", "Jane", "Doe", "jane@ACME.com", null, null)).orElseThrow();

    assertThat(match).isEqualTo(new AccountMatch(ACME.ref(), "owner-7", true, MatchBasis.EMAIL_DOMAIN, 0.95));
  }

  @Test
  void aSubdomainOfTheEmailFindsTheParentDomain() {
    assertThat(matcher.match(person("1", "Jane", "Doe", "jane@uk.acme.com", null, null)))
        .hasValueSatisfying(m -> assertThat(m.company()).isEqualTo(ACME.ref()));
  }

  @Test
  void aFreeMailAddressFallsBackToTheCompanyName() {
    AccountMatch match = matcher.match(person("1", "Bob", "Roe", "bob@gmail.com", null, "Globex Corp.")).orElseThrow();

    assertThat(match.basis()).isEqualTo(MatchBasis.COMPANY_NAME);
    assertThat(match.company()).isEqualTo(GLOBEX.ref());
    assertThat(match.customer()).isFalse();
  }

  @Test
  void aMisspelledCompanyNameMatchesBySimilarity() {
    AccountMatch match = matcher.match(person("1", "Bob", "Roe", null, null, "Initec")).orElseThrow();

    assertThat(match.basis()).isEqualTo(MatchBasis.SIMILAR_COMPANY_NAME);
    assertThat(match.company()).isEqualTo(INITECH.ref());
    assertThat(match.customer()).as("Salesforce's 'Customer - Direct' is a customer").isTrue();
    assertThat(match.confidence()).isLessThan(AccountMatcher.NAME_CONFIDENCE);
  }

  @Test
  void theWebsiteMatchesWhenTheEmailDoesNot() {
    assertThat(matcher.match(person("hubspot", "1", "Bob", "Roe", "bob@outlook.com", null, null, "globex.io/about", null)))
        .hasValueSatisfying(m -> assertThat(m.basis()).isEqualTo(MatchBasis.WEBSITE_DOMAIN));
  }

  @Test
  void theCrmAssociationWinsOverEverythingElse() {
    assertThat(matcher.match(person("hubspot", "1", "Jane", "Doe", "jane@acme.com", null, null, null, GLOBEX.ref())))
        .hasValueSatisfying(m -> assertThat(m.basis()).isEqualTo(MatchBasis.CRM_ASSOCIATION));
  }

  @Test
  void nothingAlikeMatchesNothing() {
    assertThat(matcher.match(person("1", "Bob", "Roe", "bob@hooli.com", null, "Hooli"))).isEmpty();
    assertThat(matcher.match(person("salesforce", "1", "Jane", "Doe", "jane@acme.com", null, null, null,
        new RecordRef("salesforce", "Account", "x")))).as("accounts of another connection").isEmpty();
  }

  @Test
  void whenTwoAccountsShareADomainTheCustomerWins() {
    Company prospect = company("c4", "Acme Labs", "acme.com", "PROSPECT", "owner-1");
    AccountMatcher both = new AccountMatcher(List.of(prospect, ACME), DomainList.freeMail(), 0.9);

    assertThat(both.match(person("1", "Jane", "Doe", "jane@acme.com", null, null)))
        .hasValueSatisfying(m -> assertThat(m.company()).isEqualTo(ACME.ref()));
  }
}
