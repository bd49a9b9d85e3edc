package io.revbridge.handoff;

import io.revbridge.store.HandoffLink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Hand-off quality over the contacts that crossed since a time: how many MQLs became sales-qualified, how many sales
 * accepted, how fast owners responded against the SLA, and why sales rejected the rest. Shares are 0 to 1, null when
 * there is nothing to divide by.
 *
 * @param mqls contacts that crossed the hand-off threshold
 * @param handedOver of those, handed to Salesforce (the rest were skipped by the rules, or wait / failed)
 * @param sqls handed over and accepted by sales, converted or closed since (sales-qualified)
 * @param mqlToSql {@code sqls / mqls}
 * @param acceptedRate {@code sqls / (sqls + rejected)}: of the hand-offs sales decided on, the share accepted
 * @param responded handed over and responded to (the lead's status changed)
 * @param respondedInSla of those, in time; {@code overdue}: not responded and past the respond SLA now
 * @param medianResponseMinutes median minutes from hand-off to response, null when none responded
 * @param contactedInSla accepted within the meaningful-contact SLA
 */
public record HandoffReport(
    Instant since, int mqls, int handedOver, int skipped, int waiting, int sqls, int rejected, int awaitingReason,
    Double mqlToSql, Double acceptedRate, int responded, int respondedInSla, int overdue, Long medianResponseMinutes,
    int contactedInSla, Map<String, Integer> rejectionReasons, Map<String, Integer> skipReasons) {

  private static final Set<String> SQL = Set.of(HandoffLink.ACCEPTED, HandoffLink.CONVERTED, HandoffLink.WON,
      HandoffLink.LOST);

  public static HandoffReport of(List<HandoffLink> links, Instant since, Instant now) {
    int handed = 0;
    int skipped = 0;
    int waiting = 0;
    int sqls = 0;
    int rejected = 0;
    int awaiting = 0;
    int responded = 0;
    int respondedInSla = 0;
    int overdue = 0;
    int contactedInSla = 0;
    List<Long> minutes = new ArrayList<>();
    Map<String, Integer> reasons = new LinkedHashMap<>();
    Map<String, Integer> skips = new LinkedHashMap<>();
    for (HandoffLink l : links) {
      switch (l.status()) {
        case HandoffLink.SKIPPED -> {
          skipped++;
          skips.merge(Objects.requireNonNullElse(l.detail(), "unknown").replaceAll(" [^ ]+@[^ ]+", "")
              .replaceAll("address \\S+ ", "address ").replaceAll("\\(.*\\)$", "").strip(), 1, Integer::sum);
          continue;
        }
        case HandoffLink.PENDING, HandoffLink.FAILED -> {
          waiting++;
          continue;
        }
        default -> handed++;
      }
      if (SQL.contains(l.status())) {
        sqls++;
      } else if (l.status().equals(HandoffLink.REJECTED)) {
        rejected++;
        reasons.merge(Objects.requireNonNullElse(l.detail(), "no reason given"), 1, Integer::sum);
      } else if (l.status().equals(HandoffLink.AWAITING_REASON)) {
        awaiting++;
      }
      if (l.respondedAt() != null && l.handedAt() != null) {
        responded++;
        minutes.add(Duration.between(l.handedAt(), l.respondedAt()).toMinutes());
        if (l.respondDueAt() == null || !l.respondedAt().isAfter(l.respondDueAt())) {
          respondedInSla++;
        }
      } else if (l.respondDueAt() != null && now.isAfter(l.respondDueAt())) {
        overdue++;
      }
      if (l.acceptedAt() != null && (l.contactDueAt() == null || !l.acceptedAt().isAfter(l.contactDueAt()))) {
        contactedInSla++;
      }
    }
    int mqls = links.size();
    minutes.sort(Comparator.naturalOrder());
    return new HandoffReport(since, mqls, handed, skipped, waiting, sqls, rejected, awaiting,
        share(sqls, mqls), share(sqls, sqls + rejected), responded, respondedInSla, overdue,
        minutes.isEmpty() ? null : minutes.get((minutes.size() - 1) / 2), contactedInSla, sorted(reasons),
        sorted(skips));
  }

  private static Double share(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static Map<String, Integer> sorted(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The report as the CLI prints it. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("hand-off since " + since);
    out.add(String.format("  MQLs %d: handed over %d, skipped by the rules %d, waiting or failed %d", mqls, handedOver,
        skipped, waiting));
    out.add(String.format("  MQL → SQL conversion: %s (%d sales-qualified)", percent(mqlToSql), sqls));
    out.add(String.format("  sales-accepted rate: %s (%d accepted or further, %d rejected, %d rejected without a"
        + " reason yet)", percent(acceptedRate), sqls, rejected, awaitingReason));
    out.add(String.format("  response: %d responded, %d within the SLA, %d overdue now; median %s", responded,
        respondedInSla, overdue, medianResponseMinutes == null ? "-" : medianResponseMinutes + " min"));
    out.add(String.format("  meaningful contact within the SLA: %d", contactedInSla));
    if (!rejectionReasons.isEmpty()) {
      out.add("  rejection reasons:");
      rejectionReasons.forEach((r, n) -> out.add(String.format("    %4d  %s", n, r)));
    }
    if (!skipReasons.isEmpty()) {
      out.add("  skipped because:");
      skipReasons.forEach((r, n) -> out.add(String.format("    %4d  %s", n, r)));
    }
    return out;
  }

  private static String percent(Double share) {
    return share == null ? "-" : String.format("%.1f%%", 100 * share);
  }
}
