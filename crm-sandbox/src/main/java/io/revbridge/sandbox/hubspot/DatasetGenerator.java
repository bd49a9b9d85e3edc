package io.revbridge.sandbox.hubspot;

import io.revbridge.sandbox.SandboxOptions;
import java.util.List;
import java.util.Random;

/**
 * Builds a seeded portal. Everything derives from the seed and the clock's time at start, so the same seed
 * and clock give the same dataset; each object type draws from its own random stream, so changing the
 * number of contacts does not reshuffle the owners.
 */
public final class DatasetGenerator {
  private DatasetGenerator() {}

  public static HubSpotCrm generate(SandboxOptions options) {
    long start = options.clock().millis();
    long seed = options.seed();
    List<Owner> owners = OwnerSeeder.seed(new Random(seed), start, options.archivedOwners());
    HubSpotCrm crm = new HubSpotCrm(options.clock(), new Owners(owners), start - 3 * 365 * TimeLine.DAY);
    int contacts = options.contacts();
    int companies = contacts == 0 ? 0 : Math.max(1, contacts / 5);
    int deals = contacts / 5;
    List<CompanyFacts> facts = CompanySeeder.seed(crm, new Random(seed * 31 + 1), start, companies);
    ContactSeeder.seed(crm, new Random(seed * 31 + 2), new Random(seed * 31 + 4), start, contacts, facts);
    DealSeeder.seed(crm, new Random(seed * 31 + 3), start, deals, facts);
    ActivitySeeder.seed(crm, new Random(seed * 31 + 5), start);
    return crm;
  }
}
