package io.revbridge.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * The documented default lead score (README "Scoring and forecasting": company fit, contact quality, intent,
 * timing, 25 points each) written again from the sandbox's raw properties, so dataset tests check the
 * spread a user of the demo will see. It deliberately shares no code with the connector or the sandbox.
 */
final class LeadScoreProxy {
  private static final Set<String> TARGET_INDUSTRIES = Set.of("COMPUTER_SOFTWARE", "INFORMATION_TECHNOLOGY_AND_SERVICES");
  private static final Set<String> ADJACENT_INDUSTRIES = Set.of("FINANCIAL_SERVICES", "MARKETING_AND_ADVERTISING",
      "TELECOMMUNICATIONS");
  static final Set<String> DECISION_MAKERS = Set.of("CEO", "CTO", "CFO", "COO", "Founder", "Chief Revenue Officer",
      "VP Sales", "VP Marketing", "VP Engineering", "Head of Marketing", "Head of Sales", "Head of Revenue Operations",
      "Director of IT", "Director of Operations");

  private LeadScoreProxy() {}

  /** {@code company} may be null for contacts without one. */
  static int score(Map<String, String> contact, Map<String, String> company) {
    int size = 5;
    int industry = 5;
    if (company != null) {
      int employees = Integer.parseInt(company.get("numberofemployees"));
      size = employees >= 50 && employees <= 200 ? 25 : employees >= 20 && employees < 50 ? 20 : employees > 200 ? 15 : 10;
      String code = company.get("industry");
      industry = TARGET_INDUSTRIES.contains(code) ? 25 : ADJACENT_INDUSTRIES.contains(code) ? 15 : 5;
    }
    int fit = (size + industry + 1) / 2;
    String title = contact.getOrDefault("jobtitle", "");
    int quality = title.startsWith("Head of") || title.startsWith("VP") || title.startsWith("Chief")
        || Set.of("CEO", "CTO", "CFO", "COO", "Founder").contains(title) ? 25
        : title.contains("Director") || title.contains("Manager") || title.contains("Lead") ? 20
        : title.isEmpty() || title.contains("Intern") || title.equals("Student") ? 5 : 15;
    int intent = flag(contact, "pricing_page_visited", 15) + (number(contact, "content_downloads") >= 1 ? 10 : 0)
        + flag(contact, "webinar_attended", 15) + (number(contact, "hs_analytics_num_visits") >= 2 ? 10 : 0)
        + (number(contact, "hs_email_click") >= 1 ? 5 : 0);
    int timing = Math.max(flag(contact, "active_project", 25), Math.max(flag(contact, "budget_cycle", 20),
        flag(contact, "current_solution_expiring", 15)));
    return fit + quality + Math.min(25, intent) + (timing == 0 ? 10 : timing);
  }

  static String grade(int score) {
    return score >= 80 ? "A" : score >= 60 ? "B" : score >= 40 ? "C" : "D";
  }

  private static int flag(Map<String, String> p, String name, int points) {
    return "true".equals(p.get(name)) ? points : 0;
  }

  private static int number(Map<String, String> p, String name) {
    return Integer.parseInt(p.get(name));
  }
}
