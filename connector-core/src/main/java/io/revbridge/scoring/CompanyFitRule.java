package io.revbridge.scoring;

import io.revbridge.model.Company;
import io.revbridge.model.Person;
import java.util.Optional;

/** Company fit: the average of size points and industry points, rounded half up. */
final class CompanyFitRule {
  static final String CATEGORY = "Company fit";

  private final LeadScoringModel model;

  CompanyFitRule(LeadScoringModel model) {
    this.model = model;
  }

  ScoreReason score(Person person, Optional<Company> company) {
    // The company record is the better source; the contact's own fields fill in when it says nothing.
    Integer employees = company.map(Company::employees).orElse(null);
    if (employees == null || employees < 0) {
      employees = person.employees();
    }
    String industry = company.map(Company::industry).filter(text -> !text.isBlank()).orElse(person.industry());

    int sizePoints = model.unknownSizePoints();
    String sizeText = "size unknown";
    if (employees != null && employees >= 0) {
      sizeText = employees + (employees == 1 ? " employee" : " employees");
      for (SizeBand band : model.sizeBands()) {
        if (band.contains(employees)) {
          sizePoints = band.points();
          break;
        }
      }
    }

    int industryPoints;
    String industryText;
    if (industry == null || industry.isBlank()) {
      industryPoints = model.unknownIndustryPoints();
      industryText = "industry unknown";
    } else {
      String key = Industries.key(industry);
      String name = Industries.display(industry);
      if (model.targetIndustries().contains(key)) {
        industryPoints = model.targetIndustryPoints();
        industryText = name + " is a target industry";
      } else if (model.adjacentIndustries().contains(key)) {
        industryPoints = model.adjacentIndustryPoints();
        industryText = name + " is an adjacent industry";
      } else {
        industryPoints = model.otherIndustryPoints();
        industryText = name + " is outside the target industries";
      }
    }

    int points = Math.min(model.categoryMax(), halfUpAverage(sizePoints, industryPoints));
    String text = sizeText + " (" + sizePoints + ") · " + industryText + " (" + industryPoints + ")";
    return new ScoreReason(CATEGORY, points, model.categoryMax(), text);
  }

  /** (25 + 15) / 2 = 20; (15 + 10) / 2 = 12.5 → 13. Points are never negative, so +1 then floor is half up. */
  static int halfUpAverage(int a, int b) {
    return (a + b + 1) / 2;
  }
}
