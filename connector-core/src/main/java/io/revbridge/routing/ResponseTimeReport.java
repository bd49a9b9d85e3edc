package io.revbridge.routing;

import io.revbridge.store.SlaStore;
import io.revbridge.store.SlaTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * First-touch response times of routed leads, per team and per rep: how many clocks, how many met (touched in
 * time), breached and still open, and the median and 90th percentile of the response time of those touched (a
 * late touch counts with its real, late, time). Pure.
 */
public final class ResponseTimeReport {
  private ResponseTimeReport() {}

  /**
   * One team (rep {@code null}) or one rep of a team.
   *
   * @param p50 median response time; null when none responded
   * @param p90 90th percentile (nearest rank); null when none responded
   */
  public record Line(String team, String ownerId, long clocks, long met, long breached, long open, long responded,
      Duration p50, Duration p90) {}

  /** Team lines first (in team order), each followed by its reps, by owner id. */
  public static List<Line> of(List<SlaStore.Response> responses) {
    Map<String, List<SlaStore.Response>> byTeam = responses.stream().collect(Collectors.groupingBy(
        r -> r.team() == null ? "(no team)" : r.team(), TreeMap::new, Collectors.toList()));
    List<Line> lines = new ArrayList<>();
    byTeam.forEach((team, rows) -> {
      lines.add(line(team, null, rows));
      rows.stream().collect(Collectors.groupingBy(SlaStore.Response::ownerId, TreeMap::new, Collectors.toList()))
          .forEach((owner, own) -> lines.add(line(team, owner, own)));
    });
    return lines;
  }

  private static Line line(String team, String owner, List<SlaStore.Response> rows) {
    List<Duration> times = rows.stream().filter(r -> r.respondedAt() != null)
        .map(r -> Duration.between(r.startedAt(), r.respondedAt())).sorted().toList();
    Function<String, Long> count = status -> rows.stream().filter(r -> status.equals(r.status())).count();
    return new Line(team, owner, rows.size(), count.apply(SlaTimer.TOUCHED), count.apply(SlaTimer.BREACHED),
        count.apply(SlaTimer.OPEN), times.size(), percentile(times, 50), percentile(times, 90));
  }

  /** Nearest-rank percentile of sorted durations. */
  static Duration percentile(List<Duration> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** Minutes with one decimal, for tables; "-" for none. */
  public static String minutes(Duration d) {
    return d == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", d.toSeconds() / 60.0);
  }
}
