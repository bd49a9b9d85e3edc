package io.revbridge.handoff;

import io.revbridge.enrichment.EnrichmentFields;
import io.revbridge.enrichment.email.EmailAddress;
import io.revbridge.model.Person;
import io.revbridge.store.AuditEntry;
import java.util.List;
import java.util.Optional;

/**
 * The playbook's hand-off rules: who is never handed to sales. Free mail and customer status come from what
 * enrichment settled for the contact (its latest {@code enrich} audit), so they agree with its score and routing.
 */
final class HandoffRules {
  private HandoffRules() {}

  /** Why the person is not handed over, or empty when they are. */
  static Optional<String> skipReason(HandoffPlaybook.Rules rules, Person person, List<AuditEntry> audit) {
    Optional<EmailAddress> email = EmailAddress.parse(person.email());
    if (email.isEmpty()) {
      return Optional.of("no valid email address: Salesforce records are matched by email");
    }
    String domain = email.get().domain().toLowerCase();
    for (String competitor : rules.competitorDomains()) {
      if (domain.equals(competitor) || domain.endsWith("." + competitor)) {
        return Optional.of("competitor domain " + competitor + " (rules.competitorDomains)");
      }
    }
    if (!rules.allowFreeMail() && "true".equals(ContextPackage.enriched(audit, EnrichmentFields.PERSON_FREE_MAIL)
        .orElse(""))) {
      return Optional.of("free-mail address " + domain + " (rules.allowFreeMail is false)");
    }
    if (rules.excludeCustomers() && "true".equals(ContextPackage.enriched(audit,
        EnrichmentFields.PERSON_EXISTING_CUSTOMER).orElse(""))) {
      return Optional.of("already a customer contact (" + ContextPackage.enriched(audit,
          EnrichmentFields.PERSON_MATCHED_ACCOUNT).orElse("their account") + "; rules.excludeCustomers)");
    }
    return Optional.empty();
  }
}
