package io.revbridge.predictive;

import io.revbridge.model.ActivityType;
import io.revbridge.store.ActivityStore.Touch;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A record's calls, emails and meetings as features, as of the time it is scored: per kind how many in the last 30
 * days ("3 meetings in 30 days", "no email engagement in 30 days") and how many in all. Only activities before
 * {@code asOf} count, so a closed record in the history is described as it stood when its outcome was set, never with
 * the kick-off meeting that followed a win. Training and serving both come here. A pure function.
 */
public final class ActivityFeatures {
  /** What "recent" means in the features and their words. */
  public static final Duration RECENT = Duration.ofDays(30);

  private ActivityFeatures() {}

  /** Adds the six activity features of one record; {@code touches} may hold later ones, which are left out. */
  public static void add(List<Touch> touches, Instant asOf, List<Feature> out) {
    Instant recentFrom = asOf.minus(RECENT);
    int[] all = new int[ActivityType.values().length];
    int[] recent = new int[all.length];
    for (Touch t : touches) {
      if (!t.occurredAt().isBefore(asOf)) {
        continue;
      }
      all[t.type().ordinal()]++;
      if (!t.occurredAt().isBefore(recentFrom)) {
        recent[t.type().ordinal()]++;
      }
    }
    kind(ActivityType.CALL, "calls", "call", "no calls", all, recent, out);
    kind(ActivityType.EMAIL, "emails", "email", "no email engagement", all, recent, out);
    kind(ActivityType.MEETING, "meetings", "meeting", "no meetings", all, recent, out);
  }

  private static void kind(ActivityType type, String plural, String singular, String none, int[] all, int[] recent,
      List<Feature> out) {
    int r = recent[type.ordinal()];
    out.add(r == 0 ? new Feature(plural + "30:none", none + " in 30 days")
        : new Feature(plural + "30:" + (r <= 2 ? "1-2" : "3+"), count(r, singular, plural) + " in 30 days"));
    int a = all[type.ordinal()];
    out.add(a == 0 ? new Feature(plural + ":none", "no " + plural + " logged")
        : new Feature(plural + ":" + (a <= 2 ? "1-2" : a <= 5 ? "3-5" : "6+"), count(a, singular, plural) + " logged"));
  }

  private static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
