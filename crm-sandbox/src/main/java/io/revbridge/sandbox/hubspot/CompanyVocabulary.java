package io.revbridge.sandbox.hubspot;

import java.util.List;

/** Industries with their weight in the dataset and the words company names in them end with. */
final class CompanyVocabulary {
  record Industry(String value, int weight, List<String> suffixes) {}

  static final List<Industry> INDUSTRIES = List.of(
      new Industry("COMPUTER_SOFTWARE", 14, List.of("Software", "Labs", "Cloud", "Apps")),
      new Industry("INFORMATION_TECHNOLOGY_AND_SERVICES", 12, List.of("IT Services", "Systems", "Technologies")),
      new Industry("FINANCIAL_SERVICES", 8, List.of("Capital", "Financial", "Payments")),
      new Industry("MARKETING_AND_ADVERTISING", 7, List.of("Media", "Marketing", "Creative")),
      new Industry("TELECOMMUNICATIONS", 4, List.of("Telecom", "Networks", "Communications")),
      new Industry("HOSPITAL_HEALTH_CARE", 5, List.of("Health", "Medical", "Care")),
      new Industry("RETAIL", 5, List.of("Retail", "Stores", "Outfitters")),
      new Industry("CONSTRUCTION", 4, List.of("Construction", "Builders", "Contractors")),
      new Industry("HIGHER_EDUCATION", 3, List.of("University", "College", "Institute")),
      new Industry("MECHANICAL_OR_INDUSTRIAL_ENGINEERING", 4, List.of("Engineering", "Industries", "Machines")),
      new Industry("INTERNET", 5, List.of("Online", "Web", "Interactive")),
      new Industry("COMPUTER_NETWORK_SECURITY", 4, List.of("Security", "Cyber", "Defense")),
      new Industry("BANKING", 3, List.of("Bank", "Bancorp", "Savings")),
      new Industry("INSURANCE", 3, List.of("Insurance", "Assurance", "Mutual")),
      new Industry("LOGISTICS_AND_SUPPLY_CHAIN", 4, List.of("Logistics", "Freight", "Shipping")),
      new Industry("AUTOMOTIVE", 3, List.of("Motors", "Automotive", "Mobility")),
      new Industry("FOOD_BEVERAGES", 3, List.of("Foods", "Beverages", "Kitchen")),
      new Industry("MANAGEMENT_CONSULTING", 5, List.of("Consulting", "Advisors", "Partners")),
      new Industry("NON_PROFIT_ORGANIZATION_MANAGEMENT", 2, List.of("Foundation", "Alliance", "Trust")),
      new Industry("REAL_ESTATE", 2, List.of("Realty", "Properties", "Estates")),
      new Industry("E_LEARNING", 2, List.of("Learning", "Academy", "Education")),
      new Industry("PHARMACEUTICALS", 3, List.of("Pharma", "Therapeutics", "Biosciences")));

  static final int[] INDUSTRY_WEIGHTS = INDUSTRIES.stream().mapToInt(Industry::weight).toArray();

  static final List<String> FIRST_WORDS = List.of("Acme", "Northwind", "Bluepeak", "Brightline", "Cobalt",
      "Evergreen", "Helix", "Lumen", "Nimbus", "Orbit", "Quantum", "Redwood", "Silverline", "Summit", "Vertex",
      "Zenith", "Atlas", "Beacon", "Cascade", "Crescent", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Ion",
      "Juniper", "Keystone", "Lighthouse", "Meridian", "Nova", "Oakridge", "Pioneer", "Prism", "Riverbend",
      "Sapphire", "Tidal", "Union", "Vantage", "Willow");
  static final List<String> SECOND_WORDS = List.of("Bay", "Point", "Ridge", "Stone", "Field", "Gate", "Bridge",
      "Works", "Peak", "Valley", "Forge", "Harbor", "Grove", "Hill", "Lake", "Park", "Square", "North", "West",
      "Street");

  /** Employee-count bands (inclusive) and how often each occurs: many small firms, few large ones. */
  static final int[][] SIZE_BANDS = {{5, 49}, {50, 199}, {200, 999}, {1000, 4999}, {5000, 20000}};
  static final int[] SIZE_WEIGHTS = {30, 25, 22, 15, 8};

  static final int[] COMPANY_TYPE_WEIGHTS = {70, 8, 5, 7, 10};

  private CompanyVocabulary() {}
}
