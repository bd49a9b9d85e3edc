package io.revbridge.scoring;

import io.revbridge.enrichment.title.BuyingRole;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The behavioural MQL model (marketing → sales handoff), a second model beside the lead score. Demographic fit
 * uses the lead model's target industries, so both models agree on what a target is.
 *
 * @param targetSizeMin smallest employee count that is a target size; {@code targetSizeMax} the largest
 * @param targetRoles the buying roles a "target title" has
 * @param pageViewPoints points per page view, up to {@code pageViewMax}
 * @param minuteOnSitePoints points per minute on site ({@code intent.minutesOnSite}), up to {@code minutesOnSiteMax};
 *     no CRM field is mapped to time on site by default, so it gives nothing until an admin maps one
 * @param threshold the score from which a person is an MQL
 */
public record MqlModel(
    int targetSizeMin,
    int targetSizeMax,
    int targetSizePoints,
    int targetIndustryPoints,
    Set<BuyingRole> targetRoles,
    int targetTitlePoints,
    int pageViewPoints,
    int pageViewMax,
    int minuteOnSitePoints,
    int minutesOnSiteMax,
    int downloadPoints,
    int pricingPagePoints,
    int demoRequestPoints,
    int trialSignupPoints,
    int max,
    int threshold) {

  public MqlModel {
    // An ordered set: the model's text is part of the input fingerprint, which must not change between JVM starts.
    targetRoles = Collections.unmodifiableSet(targetRoles.isEmpty() ? EnumSet.noneOf(BuyingRole.class)
        : EnumSet.copyOf(targetRoles));
    if (targetSizeMin < 0 || targetSizeMax < targetSizeMin) {
      throw new IllegalArgumentException("MQL target size needs 0 <= min <= max, got " + targetSizeMin + ".."
          + targetSizeMax);
    }
    if (threshold < 1 || threshold > max) {
      throw new IllegalArgumentException("MQL threshold needs 1 <= threshold <= max (" + max + "), got " + threshold);
    }
  }

  public static MqlModel defaults() {
    return new MqlModel(50, 200, 25, 20, Set.of(BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER), 15,
        2, 20, 3, 15, 5, 15, 25, 30, 100, 70);
  }
}
