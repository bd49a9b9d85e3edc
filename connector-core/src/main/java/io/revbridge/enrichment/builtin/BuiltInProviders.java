package io.revbridge.enrichment.builtin;

import io.revbridge.enrichment.EnrichmentProvider;
import io.revbridge.enrichment.WaterfallPlan;
import io.revbridge.enrichment.derived.DerivedFieldsProvider;
import io.revbridge.enrichment.derived.IndustryClassifier;
import io.revbridge.enrichment.derived.Regions;
import io.revbridge.enrichment.email.EmailDomainProvider;
import io.revbridge.enrichment.firmographics.FirmographicsProvider;
import io.revbridge.enrichment.firmographics.FirmographicsTable;
import io.revbridge.enrichment.title.TitleClassifier;
import io.revbridge.enrichment.title.TitleProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The run order that makes the waterfall work: email/domain first (it settles {@code company.domain}), then titles,
 * then the lookups that key on the domain (local firmographics, then any vendors), and derived fields last, so they
 * see the final employees, country and industry.
 */
public final class BuiltInProviders {
  private BuiltInProviders() {}

  /**
   * @param firmographics the admin's CSV, or {@code null} when none is configured
   * @param vendors HTTP providers, in the admin's order; asked only for fields the local sources left open
   */
  public static WaterfallPlan plan(TitleClassifier titles, FirmographicsTable firmographics, IndustryClassifier industries,
      List<EnrichmentProvider> vendors) {
    List<EnrichmentProvider> providers = new ArrayList<>();
    providers.add(EmailDomainProvider.builtIn());
    providers.add(new TitleProvider(titles));
    if (firmographics != null) {
      providers.add(new FirmographicsProvider(firmographics, FirmographicsProvider.DEFAULT_CONFIDENCE));
    }
    providers.addAll(vendors);
    providers.add(new DerivedFieldsProvider(Regions.builtIn(), industries));
    return new WaterfallPlan(providers, java.util.Map.of(), WaterfallPlan.DEFAULT_THRESHOLD, java.util.Map.of());
  }

  /** Shipped rules and lists, default industry lists, no firmographics file, no vendor. */
  public static WaterfallPlan defaults() {
    return plan(TitleClassifier.builtIn(), null, IndustryClassifier.defaults(), List.of());
  }
}
