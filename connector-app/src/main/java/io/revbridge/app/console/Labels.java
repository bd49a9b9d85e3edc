package io.revbridge.app.console;

import java.util.Locale;
import java.util.Map;

/** How the team page names and formats each metric. */
final class Labels {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("revenue", "Revenue won"), Map.entry("dealsClosed", "Deals won"),
      Map.entry("pipeline", "Open pipeline closing in the period"), Map.entry("coverage", "Pipeline coverage"),
      Map.entry("pipelineGenerated", "Pipeline generated"),
      Map.entry("winRate", "Opportunity → win"), Map.entry("avgDealSize", "Average deal size"),
      Map.entry("leadsAssigned", "Leads assigned"), Map.entry("dealsPerLead", "Lead → opportunity (deals per lead)"),
      Map.entry("responseMinutes", "First touch (median)"), Map.entry("withinSla", "First touch within SLA"),
      Map.entry("calls", "Calls"), Map.entry("emails", "E-mails"), Map.entry("meetings", "Meetings"), Map.entry("tasks", "Tasks"),
      Map.entry("proposals", "Proposals"));

  private Labels() {}

  static String of(String metric) {
    return NAMES.getOrDefault(metric, metric);
  }

  static String value(String metric, double v) {
    return switch (metric) {
      case "revenue", "pipeline", "pipelineGenerated", "avgDealSize" -> String.format(Locale.US, "%,.0f", v);
      case "coverage" -> String.format(Locale.ROOT, "%.1f×", v);
      case "winRate", "withinSla", "dealsPerLead" -> String.format(Locale.ROOT, "%.0f%%", v * 100);
      case "responseMinutes" -> String.format(Locale.ROOT, "%.0f min", v);
      default -> String.format(Locale.ROOT, "%.0f", v);
    };
  }
}
