package io.revbridge.sandbox.history;

import java.util.List;

/** Kinds of job title, each with titles a title classifier reads as that kind. */
public enum TitleKind {
  DECISION_MAKER(List.of("VP Sales", "Chief Technology Officer", "Director of IT", "Head of Operations", "CEO",
      "VP Engineering")),
  MANAGER(List.of("IT Manager", "Marketing Manager", "Sales Manager", "Operations Manager")),
  USER(List.of("Software Engineer", "Data Analyst", "Account Executive", "Marketing Specialist")),
  NON_BUYER(List.of("Student", "Intern", "Freelancer"));

  private final List<String> titles;

  TitleKind(List<String> titles) {
    this.titles = titles;
  }

  public List<String> titles() {
    return titles;
  }
}
