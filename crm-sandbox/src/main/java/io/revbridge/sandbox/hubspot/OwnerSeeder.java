package io.revbridge.sandbox.hubspot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Ten active sales owners (plus optional archived ones) with digit-string ids and teams. */
final class OwnerSeeder {
  static final int ACTIVE_OWNERS = 10;
  private static final List<Owner.Team> TEAMS = List.of(
      new Owner.Team("41001", "Sales North America", true), new Owner.Team("41002", "Sales EMEA", true),
      new Owner.Team("41003", "Sales APAC & LATAM", true), new Owner.Team("41004", "Inbound SDRs", true));
  private static final List<String> POOLS = List.of("en", "pt", "de", "fr", "es", "in", "nl", "jp", "sg");

  private OwnerSeeder() {}

  static List<Owner> seed(Random r, long start, int archived) {
    List<Owner> owners = new ArrayList<>();
    Set<String> emails = new HashSet<>();
    long id = 30_000_000L + r.nextInt(40_000_000);
    long userId = 1_000_000L + r.nextInt(8_000_000);
    for (int i = 0; i < ACTIVE_OWNERS + archived; i++) {
      PeopleVocabulary.Names names = PeopleVocabulary.POOLS.get(POOLS.get(i % POOLS.size()));
      String first = Pick.one(r, names.first());
      String last = Pick.one(r, names.last());
      String local = Pick.slug(first) + "." + Pick.slug(last);
      String email = local + "@sandbox-company.test";
      for (int n = 2; !emails.add(email); n++) {
        email = local + n + "@sandbox-company.test";
      }
      id += 1 + r.nextInt(900_000);
      userId += 1 + r.nextInt(90_000);
      long created = start - 2 * 365 * TimeLine.DAY + i * 7 * TimeLine.DAY;
      long updated = start - TimeLine.DAY * (1 + r.nextInt(200));
      boolean isArchived = i >= ACTIVE_OWNERS;
      owners.add(new Owner(Long.toString(id), email, first, last, userId, List.of(TEAMS.get(i % TEAMS.size())),
          created, updated, isArchived));
    }
    return owners;
  }
}
