package io.revbridge.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * A rough 4×25-point lead score (company fit, contact quality, intent, timing) computed from the sandbox's
 * properties, standing in for the real playbook so dataset tests can check that every grade band is
 * reachable. It deliberately knows nothing of the sandbox's internals.
 */
final class LeadScoreProxy {
  private static final Set<String> CORE_INDUSTRIES = Set.of("COMPUTER_SOFTWARE",
      "INFORMATION_TECHNOLOGY_AND_SERVICES", "INTERNET", "COMPUTER_NETWORK_SECURITY", "FINANCIAL_SERVICES",
      "MARKETING_AND_ADVERTISING");
  private static final Set<String> CORE_COUNTRIES = Set.of("United States", "Canada", "United Kingdom", "Germany",
      "Netherlands", "France", "Australia", "Ireland");
  static final Set<String> DECISION_MAKERS = Set.of("CEO", "CTO", "CFO", "COO", "Founder", "Chief Revenue Officer",
      "VP Sales", "VP Marketing", "VP Engineering", "Head of Marketing", "Head of Sales", "Head of Revenue Operations",
      "Director of IT", "Director of Operations");

  private LeadScoreProxy() {}

  /** {@code company} may be null for contacts without one. */
  static int score(Map<String, String> contact, Map<String, String> company) {
    int fit = 0;
    if (company != null) {
      fit += CORE_INDUSTRIES.contains(company.get("industry")) ? 10 : 0;
      int employees = Integer.parseInt(company.get("numberofemployees"));
      fit += employees >= 50 && employees <= 5000 ? 10 : employees >= 20 && employees <= 10_000 ? 5 : 0;
    }
    fit += CORE_COUNTRIES.contains(contact.get("country")) ? 5 : 0;
    String title = contact.getOrDefault("jobtitle", "");
    int quality = DECISION_MAKERS.contains(title) ? 15 : title.contains("Manager") ? 10
        : title.isEmpty() || title.contains("Intern") || title.equals("Student") || title.equals("Assistant") ? 0 : 5;
    quality += company != null && contact.get("email").endsWith("@" + company.get("domain")) ? 5 : 0;
    quality += contact.get("phone") != null ? 5 : 0;
    int views = number(contact, "hs_analytics_num_page_views");
    int intent = (views >= 20 ? 5 : views >= 5 ? 2 : 0) + flag(contact, "pricing_page_visited", 5)
        + (number(contact, "content_downloads") >= 2 ? 3 : 0) + flag(contact, "webinar_attended", 3)
        + flag(contact, "demo_requested", 5) + flag(contact, "trial_signup", 4)
        + (number(contact, "hs_email_open") + number(contact, "hs_email_click") >= 10 ? 3 : 0);
    int timing = flag(contact, "active_project", 10) + flag(contact, "budget_cycle", 8)
        + flag(contact, "current_solution_expiring", 7);
    return fit + quality + Math.min(25, intent) + timing;
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
