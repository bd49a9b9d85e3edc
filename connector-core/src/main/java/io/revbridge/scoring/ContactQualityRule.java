package io.revbridge.scoring;

import io.revbridge.model.Person;

/** Contact quality: the points of the role the job title suggests. */
final class ContactQualityRule {
  static final String CATEGORY = "Contact quality";

  private final LeadScoringModel model;

  ContactQualityRule(LeadScoringModel model) {
    this.model = model;
  }

  ScoreReason score(Person person) {
    String title = person.title() == null ? "" : person.title().strip();
    Role role = TitleRoles.classify(title);
    String text = title.isEmpty() ? "no job title" : title + " is " + role.phrase();
    int points = Math.min(model.categoryMax(), model.rolePoints().get(role));
    return new ScoreReason(CATEGORY, points, model.categoryMax(), text);
  }
}
