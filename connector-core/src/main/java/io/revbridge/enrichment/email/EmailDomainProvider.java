package io.revbridge.enrichment.email;

import io.revbridge.enrichment.Candidate;
import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.EnrichmentInput;
import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.ProviderAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts from the email address and website alone. The company domain comes from a website when there is one (surest),
 * else from a work email's domain; never from a free-mail or disposable address, where the domain is the mail
 * provider's, not the employer's. Runs first: firmographics and account matching key on the domain it settles.
 */
public final class EmailDomainProvider implements EnrichmentProvider {
  public static final String NAME = "email-domain";
  static final double FROM_WEBSITE = 0.95;
  static final double FROM_EMAIL = 0.8;
  static final double SYNTAX = 1.0;

  private final DomainList freeMail;
  private final DomainList disposable;

  public EmailDomainProvider(DomainList freeMail, DomainList disposable) {
    this.freeMail = freeMail;
    this.disposable = disposable;
  }

  public static EmailDomainProvider builtIn() {
    return new EmailDomainProvider(DomainList.freeMail(), DomainList.disposable());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> fields() {
    return Set.of(EnrichmentFields.PERSON_EMAIL_VALID, EnrichmentFields.PERSON_EMAIL_DOMAIN,
        EnrichmentFields.PERSON_FREE_MAIL, EnrichmentFields.PERSON_DISPOSABLE_EMAIL, EnrichmentFields.COMPANY_DOMAIN);
  }

  @Override
  public List<ProviderAnswer> enrich(List<EnrichmentInput> batch) {
    List<ProviderAnswer> answers = new ArrayList<>(batch.size());
    for (EnrichmentInput input : batch) {
      answers.add(answer(input));
    }
    return answers;
  }

  private ProviderAnswer answer(EnrichmentInput input) {
    Map<String, Candidate> out = new HashMap<>(8);
    String rawEmail = input.text(EnrichmentFields.PERSON_EMAIL);
    String workDomain = null;
    if (rawEmail != null) {
      Optional<EmailAddress> email = EmailAddress.parse(rawEmail);
      out.put(EnrichmentFields.PERSON_EMAIL_VALID, new Candidate(email.isPresent(), SYNTAX));
      if (email.isPresent()) {
        String domain = email.get().domain();
        boolean free = freeMail.contains(domain);
        boolean throwaway = disposable.contains(domain);
        out.put(EnrichmentFields.PERSON_EMAIL_DOMAIN, new Candidate(domain, SYNTAX));
        out.put(EnrichmentFields.PERSON_FREE_MAIL, new Candidate(free, SYNTAX));
        out.put(EnrichmentFields.PERSON_DISPOSABLE_EMAIL, new Candidate(throwaway, SYNTAX));
        workDomain = free || throwaway ? null : Domains.normalise(domain);
      }
    }
    String website = input.text(EnrichmentFields.COMPANY_WEBSITE);
    if (website == null) {
      website = input.text(EnrichmentFields.PERSON_WEBSITE);
    }
    String siteDomain = Domains.normalise(website);
    if (siteDomain != null && !freeMail.contains(siteDomain)) {
      out.put(EnrichmentFields.COMPANY_DOMAIN, new Candidate(siteDomain, FROM_WEBSITE));
    } else if (workDomain != null) {
      out.put(EnrichmentFields.COMPANY_DOMAIN, new Candidate(workDomain, FROM_EMAIL));
    }
    return ProviderAnswer.of(out);
  }
}
