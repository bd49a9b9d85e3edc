package io.revbridge.sandbox.hubspot;

import java.util.List;
import java.util.Random;

/**
 * The first and last page a contact saw on the vendor's website ({@code hs_analytics_first_url},
 * {@code hs_analytics_last_url}). Drawn from a random stream of their own, so adding them left every other seeded
 * property as it was; whether a pricing page is among them follows the contact's seeded
 * {@code pricing_page_visited}, so both signals agree.
 */
final class PageVisits {
  static final String SITE = "https://www.acme-revops.test";
  private static final List<String> PAGES = List.of("/", "/product", "/product/integrations", "/customers",
      "/blog/lead-scoring-basics", "/blog/crm-data-hygiene", "/blog/why-pricing-pages-convert", "/resources/revops-ebook",
      "/webinars/forecasting-101", "/docs/getting-started", "/about", "/contact");
  private static final List<String> PRICING = List.of("/pricing", "/pricing?plan=team", "/pricing/enterprise");
  private static final List<String> CAMPAIGNS = List.of("?utm_source=google&utm_medium=cpc",
      "?utm_source=linkedin&utm_medium=social", "?utm_source=newsletter&utm_medium=email");

  private PageVisits() {}

  /** Sets both URLs, or neither for a contact who never visited and never saw the pricing page. */
  static void set(RowBuilder row, Random web, int visits, boolean pricing) {
    if (visits == 0 && !pricing) {
      return;
    }
    String first = page(web) + (web.nextDouble() < 0.25 ? Pick.one(web, CAMPAIGNS) : "");
    String last = page(web);
    if (pricing) {
      double where = web.nextDouble();
      if (where < 0.25) {
        first = Pick.one(web, PRICING);
      } else if (where < 0.85) {
        last = Pick.one(web, PRICING);
      } else {
        first = Pick.one(web, PRICING);
        last = Pick.one(web, PRICING);
      }
    }
    row.set("hs_analytics_first_url", SITE + first).set("hs_analytics_last_url", SITE + last);
  }

  private static String page(Random web) {
    return Pick.one(web, PAGES);
  }
}
