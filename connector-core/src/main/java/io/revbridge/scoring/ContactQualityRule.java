package io.revbridge.scoring;

import io.revbridge.enrichment.EnrichedPerson;
import io.revbridge.enrichment.title.BuyingRole;

/** Contact quality: the points of the buying role enrichment settled (from the title and the providers). */
final class ContactQualityRule {
  static final String CATEGORY = "contactQuality";

  private final LeadScoringModel model;

  ContactQualityRule(LeadScoringModel model) {
    this.model = model;
  }

  ScoreReason score(EnrichedPerson person) {
    BuyingRole role = person.role();
    String title = person.person().title() == null ? "" : person.person().title().strip();
    String because = title.isEmpty() ? "no job title" : "title '" + title + "'";
    int points = Math.min(model.categoryMax(), model.rolePoints().get(role));
    return new ScoreReason(CATEGORY, points, phrase(role) + ": " + because);
  }

  private static String phrase(BuyingRole role) {
    return switch (role) {
      case DECISION_MAKER -> "decision maker";
      case INFLUENCER -> "influencer";
      case USER -> "user";
      case UNKNOWN -> "buying role unknown";
    };
  }
}
