package io.revbridge.handoff;

import io.revbridge.enrichment.email.EmailAddress;
import io.revbridge.model.Person;
import io.revbridge.spi.CrmRecord;
import io.revbridge.store.HandoffLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Salesforce person for each contact being handed over, in a few batched queries: the record the link
 * already names (a repeat), else a lead or contact with the same email (compared without case and surrounding
 * space; a lead carrying this contact's HubSpot id first, converted leads never), else an account whose website
 * domain is the email's domain or whose name is the company's (lead-to-account matching: the new lead gets that
 * account's name and owner). Only when nothing matches is a lead created.
 */
final class SalesforceMatcher {
  private static final Set<String> PERSON_FIELDS = Set.of("Email", "Status", "OwnerId", "FirstName", "LastName",
      HandoffRunner.SF_HUBSPOT_ID);

  private final HandoffSide lead;
  private final HandoffSide contact;

  SalesforceMatcher(HandoffSide lead, HandoffSide contact) {
    this.lead = lead;
    this.contact = contact;
  }

  /**
   * @param basis {@code linked}, {@code email-lead}, {@code email-contact}, {@code account} or {@code created}
   */
  record Match(Optional<CrmRecord> existing, String basis, Optional<String> accountName, Optional<String> accountOwner) {}

  Map<String, Match> match(List<HandoffLink> links, Map<String, Person> people) {
    Map<String, Match> matches = new HashMap<>();
    Map<String, CrmRecord> linked = linked(links);
    Set<String> emails = new LinkedHashSet<>();
    people.values().forEach(p -> normal(p.email()).ifPresent(emails::add));
    Map<String, List<CrmRecord>> leads = byEmail(lead, new ArrayList<>(emails), Set.of("IsConverted"));
    Map<String, List<CrmRecord>> contacts = byEmail(contact, new ArrayList<>(emails), Set.of());
    List<HandoffLink> unmatched = new ArrayList<>();
    for (HandoffLink link : links) {
      Person p = people.get(link.hubspotId());
      String email = normal(p.email()).orElse("");
      CrmRecord known = link.salesforceId() == null ? null : linked.get(link.salesforceId());
      if (known != null) {
        matches.put(link.hubspotId(), new Match(Optional.of(known), "linked", Optional.empty(), Optional.empty()));
        continue;
      }
      Optional<CrmRecord> l = leads.getOrDefault(email, List.of()).stream()
          .filter(r -> !"true".equalsIgnoreCase(r.field("IsConverted")))
          .min(Comparator.comparing((CrmRecord r) -> !link.hubspotId().equals(r.field(HandoffRunner.SF_HUBSPOT_ID)))
              .thenComparing(r -> r.ref().id()));
      if (l.isPresent()) {
        matches.put(link.hubspotId(), new Match(l, "email-lead", Optional.empty(), Optional.empty()));
        continue;
      }
      Optional<CrmRecord> c = contacts.getOrDefault(email, List.of()).stream()
          .min(Comparator.comparing(r -> r.ref().id()));
      if (c.isPresent()) {
        matches.put(link.hubspotId(), new Match(c, "email-contact", Optional.empty(), Optional.empty()));
        continue;
      }
      unmatched.add(link);
    }
    Map<String, CrmRecord> accounts = accounts(unmatched, people);
    for (HandoffLink link : unmatched) {
      CrmRecord account = accounts.get(link.hubspotId());
      matches.put(link.hubspotId(), account == null
          ? new Match(Optional.empty(), "created", Optional.empty(), Optional.empty())
          : new Match(Optional.empty(), "account", Optional.ofNullable(account.field("Name")),
              Optional.ofNullable(account.field("OwnerId")).filter(o -> !o.isBlank())));
    }
    return matches;
  }

  private Map<String, CrmRecord> linked(List<HandoffLink> links) {
    Map<String, CrmRecord> found = new HashMap<>();
    for (HandoffSide side : List.of(lead, contact)) {
      List<String> ids = links.stream().filter(l -> l.salesforceId() != null
          && side.objectType().equals(l.salesforceObject())).map(HandoffLink::salesforceId).toList();
      if (!ids.isEmpty()) {
        Set<String> fields = new LinkedHashSet<>(PERSON_FIELDS);
        if (side == contact) {
          fields.remove("Status");
        }
        side.connection().reader().read(side.objectType(), ids, fields).forEach(r -> found.put(r.ref().id(), r));
      }
    }
    return found;
  }

  private static Map<String, List<CrmRecord>> byEmail(HandoffSide side, List<String> emails, Set<String> extra) {
    Map<String, List<CrmRecord>> found = new HashMap<>();
    if (emails.isEmpty()) {
      return found;
    }
    Set<String> fields = new LinkedHashSet<>(PERSON_FIELDS);
    fields.addAll(extra);
    if (side.objectType().equals("Contact")) {
      fields.remove("Status");
    }
    for (CrmRecord r : side.connection().reader().find(side.objectType(), "Email", emails, fields)) {
      normal(r.field("Email")).ifPresent(e -> found.computeIfAbsent(e, k -> new ArrayList<>()).add(r));
    }
    return found;
  }

  /** Lead-to-account matching for the people no lead or contact matched. */
  private Map<String, CrmRecord> accounts(List<HandoffLink> links, Map<String, Person> people) {
    Map<String, CrmRecord> byContact = new HashMap<>();
    if (links.isEmpty()) {
      return byContact;
    }
    Set<String> websites = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (HandoffLink link : links) {
      Person p = people.get(link.hubspotId());
      EmailAddress.parse(p.email()).map(EmailAddress::domain).ifPresent(d -> websites.addAll(websiteForms(d)));
      Optional.ofNullable(p.companyName()).filter(n -> !n.isBlank()).map(String::strip).ifPresent(names::add);
    }
    Set<String> fields = Set.of("Name", "Website", "OwnerId");
    List<CrmRecord> candidates = new ArrayList<>(lead.connection().reader().find("Account", "Website",
        new ArrayList<>(websites), fields));
    candidates.addAll(lead.connection().reader().find("Account", "Name", new ArrayList<>(names), fields));
    for (HandoffLink link : links) {
      Person p = people.get(link.hubspotId());
      String domain = EmailAddress.parse(p.email()).map(e -> e.domain().toLowerCase()).orElse("");
      candidates.stream()
          .filter(a -> domain.equals(domainOf(a.field("Website")))
              || (p.companyName() != null && p.companyName().strip().equalsIgnoreCase(a.field("Name"))))
          .min(Comparator.comparing((CrmRecord a) -> !domain.equals(domainOf(a.field("Website"))))
              .thenComparing(a -> a.ref().id()))
          .ifPresent(a -> byContact.put(link.hubspotId(), a));
    }
    return byContact;
  }

  static List<String> websiteForms(String domain) {
    String d = domain.toLowerCase();
    return List.of(d, "www." + d, "http://" + d, "https://" + d, "http://www." + d, "https://www." + d);
  }

  static String domainOf(String website) {
    if (website == null) {
      return "";
    }
    String d = website.strip().toLowerCase().replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    int slash = d.indexOf('/');
    return slash < 0 ? d : d.substring(0, slash);
  }

  static Optional<String> normal(String email) {
    return Optional.ofNullable(email).map(e -> e.strip().toLowerCase()).filter(e -> e.contains("@"));
  }
}
