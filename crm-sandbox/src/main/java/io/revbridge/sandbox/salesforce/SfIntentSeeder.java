package io.revbridge.sandbox.salesforce;

import java.util.Map;
import java.util.Random;

/**
 * Intent and timing signals for a seeded lead, in the org's own custom fields (Salesforce has no standard ones).
 * Each lead has a hidden temperature (0 cold .. 1 hot, most of them cold) that raises all its signals together,
 * so scoring finds a few hot and warm leads among many cold ones. Counts are doubles, as Salesforce returns
 * number fields ("12.0").
 */
final class SfIntentSeeder {
  private SfIntentSeeder() {}

  static void signals(Map<String, String> lead, Random r) {
    double t = Math.pow(r.nextDouble(), 2);
    int views = (int) (t * 60 * r.nextDouble());
    lead.put("Page_Views__c", views + ".0");
    lead.put("Web_Visits__c", (views == 0 ? 0 : Math.max(1, views / (2 + r.nextInt(4)))) + ".0");
    lead.put("Pricing_Page_Visited__c", chance(r, 0.05 + 0.8 * t * t));
    lead.put("Content_Downloads__c", ((int) (t * 5 * r.nextDouble())) + ".0");
    lead.put("Webinar_Attended__c", chance(r, 0.05 + 0.5 * t * t));
    lead.put("Email_Clicks__c", ((int) (t * 12 * r.nextDouble())) + ".0");
    lead.put("Demo_Requested__c", chance(r, 0.02 + 0.6 * t * t * t));
    lead.put("Trial_Signup__c", chance(r, 0.02 + 0.35 * t * t));
    lead.put("Active_Project__c", chance(r, 0.05 + 0.7 * Math.pow(t, 1.5)));
    lead.put("Budget_Cycle__c", chance(r, 0.05 + 0.55 * Math.pow(t, 1.5)));
  }

  private static String chance(Random r, double p) {
    return Boolean.toString(r.nextDouble() < p);
  }
}
