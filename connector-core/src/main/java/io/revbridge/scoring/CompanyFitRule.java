package io.revbridge.scoring;

import io.revbridge.enrichment.EnrichedPerson;
import java.util.List;
import java.util.Optional;

/** Company fit: the average of size points and industry points, rounded half up, as one reason. */
final class CompanyFitRule {
  static final String CATEGORY = "companyFit";

  private final LeadScoringModel model;

  CompanyFitRule(LeadScoringModel model) {
    this.model = model;
  }

  /** Employees and industry as enrichment settled them (which falls back to the company record, then the person). */
  ScoreReason score(EnrichedPerson person) {
    Optional<Integer> employees = person.employees();
    int sizePoints = model.unknownSizePoints();
    String sizeText = "company size unknown";
    if (employees.isPresent()) {
      int count = employees.get();
      sizeText = count + (count == 1 ? " employee" : " employees");
      sizePoints = sizePoints(count);
    }

    Optional<String> industry = person.industry();
    int industryPoints;
    String industryText;
    if (industry.isEmpty()) {
      industryPoints = model.unknownIndustryPoints();
      industryText = "industry unknown";
    } else {
      String key = Industries.key(industry.get());
      String name = Industries.display(industry.get());
      if (model.targetIndustries().contains(key)) {
        industryPoints = model.targetIndustryPoints();
        industryText = "target industry " + name;
      } else if (model.adjacentIndustries().contains(key)) {
        industryPoints = model.adjacentIndustryPoints();
        industryText = "adjacent industry " + name;
      } else {
        industryPoints = model.otherIndustryPoints();
        industryText = "other industry " + name;
      }
    }

    int points = Math.min(model.categoryMax(), halfUpAverage(sizePoints, industryPoints));
    return new ScoreReason(CATEGORY, points,
        "company fit: " + sizeText + " (" + sizePoints + "), " + industryText + " (" + industryPoints + ")");
  }

  private int sizePoints(int employees) {
    List<SizeBand> bands = model.sizeBands();
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).contains(employees)) {
        return bands.get(i).points();
      }
    }
    return model.unknownSizePoints();
  }

  /** (25 + 15) / 2 = 20; (15 + 10) / 2 = 12.5 → 13. Points are never negative, so +1 then floor is half up. */
  static int halfUpAverage(int a, int b) {
    return (a + b + 1) / 2;
  }
}
