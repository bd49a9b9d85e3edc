package io.revbridge.sandbox.hubspot;

/**
 * What contact and deal seeding needs to know about a seeded company. {@code fit} (0..1) is a rough
 * ideal-customer fit the seeder uses to put hot leads at plausible companies; it is not stored.
 */
record CompanyFacts(long id, String name, String domain, String website, String industry, int employees,
    Places.Country country, Places.Place place, String ownerId, double fit) {}
