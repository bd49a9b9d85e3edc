package io.revbridge.enrichment.title;

/**
 * What a title says about a person. Confidences are separate because a title can name a department clearly and
 * a seniority not at all ("Marketing"). {@code rule} names the file and line of the rule that decided seniority.
 */
public record TitleProfile(
    BuyingRole role,
    Seniority seniority,
    Department department,
    double seniorityConfidence,
    double departmentConfidence,
    String rule) {
  public static final TitleProfile UNKNOWN =
      new TitleProfile(BuyingRole.UNKNOWN, Seniority.UNKNOWN, Department.OTHER, 0.0, 0.0, null);
}
