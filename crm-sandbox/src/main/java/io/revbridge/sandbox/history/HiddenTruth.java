package io.revbridge.sandbox.history;

import io.revbridge.sandbox.HistoryTruth;
import java.util.List;
import java.util.Random;

/**
 * Draws closed leads and deals and decides their outcomes. Under {@link HistoryTruth#SIGNAL} the log-odds of a good
 * outcome are a fixed sum of trait weights (below), and the outcome is a coin weighted by it, so even a perfect model
 * misses some. The weights deliberately disagree with the shipped rule playbook in places (source and region count,
 * webinars and downloads do not, big companies convert worse, and so do records nobody emailed or met in the 30
 * days before the outcome, and deals that stalled 45 days or more in their last open stage), so a model that learns
 * them beats the rules. Which open stages a deal passed through is drawn from a random stream of its own, so adding
 * them left every other trait of the history as it was.
 * Under {@link HistoryTruth#NOISE} the same traits are drawn and the outcome ignores them.
 */
public final class HiddenTruth {
  static final List<String> COUNTRIES = List.of("United States", "Canada", "United Kingdom", "Germany", "France",
      "Netherlands", "Brazil", "India", "Australia");
  private static final int[] COUNTRY_WEIGHTS = {30, 6, 12, 10, 6, 5, 8, 12, 6};
  private static final List<String> EUROPE = List.of("United Kingdom", "Germany", "France", "Netherlands");

  private static final int MINUTES_A_DAY = 24 * 60;

  private final HistoryTruth truth;
  private final Random random;
  private final Random paths;
  private final int days;

  public HiddenTruth(HistoryTruth truth, long seed, int days) {
    this.truth = truth;
    this.random = new Random(seed);
    this.paths = new Random(seed * 31 + 17);
    this.days = days;
  }

  /** Log-odds that a lead converts, from its traits alone. */
  public static double leadLogit(LeadTraits t) {
    double x = -0.9;
    x += switch (t.titleKind()) {
      case DECISION_MAKER -> 1.6;
      case MANAGER -> 0.7;
      case USER -> 0.0;
      case NON_BUYER -> -1.6;
    };
    x += t.employees() >= 50 && t.employees() < 200 ? 1.0 : t.employees() >= 20 && t.employees() < 50 ? 0.4
        : t.employees() >= 1000 ? -0.8 : 0;
    x += t.industry() == IndustryKind.TARGET ? 0.9 : t.industry() == IndustryKind.ADJACENT ? 0.3 : 0;
    x += EUROPE.contains(t.country()) ? 0.6 : t.country().equals("Brazil") || t.country().equals("India") ? -0.4 : 0;
    x += switch (t.source()) {
      case REFERRAL -> 1.3;
      case EVENT -> 0.4;
      case LIST -> -1.1;
      default -> 0;
    };
    x += t.demoRequested() ? 1.0 : 0;
    x += t.pricingPage() ? 0.5 : 0;
    x += t.emailEngagements() == 0 ? -1.1 : 0;
    x += t.recentMeetings() > 0 ? 0.9 : 0;
    x += t.recentEmails() == 0 ? -0.8 : 0;
    return x;
  }

  /** Log-odds that a deal closes won, from its traits alone. */
  public static double dealLogit(DealTraits t) {
    double x = 0.1;
    x += t.amount() < 25_000 ? 0.9 : t.amount() > 100_000 ? -1.2 : 0;
    x += t.industry() == IndustryKind.TARGET ? 1.2 : t.industry() == IndustryKind.ADJACENT ? 0.3 : -0.4;
    x += t.employees() >= 50 && t.employees() < 1000 ? 0.8 : 0;
    int open = t.createdDaysAgo() - t.closedDaysAgo();
    x += open > 90 ? -1.6 : open < 30 ? 0.6 : 0;
    x += t.recentMeetings() > 0 ? 1.0 : 0;
    x += t.recentEmails() == 0 ? -0.7 : 0;
    // stalled: 45 days or more in the stage it closed from; moving briskly helps a little
    x += t.lastStageDays() >= 45 ? -1.6 : t.lastStageDays() < 14 ? 0.3 : 0;
    return x;
  }

  public LeadTraits nextLead() {
    TitleKind kind = TitleKind.values()[weighted(25, 30, 30, 15)];
    String title = one(kind.titles());
    int employees = employees();
    IndustryKind industry = IndustryKind.values()[weighted(35, 25, 40)];
    String country = COUNTRIES.get(weighted(COUNTRY_WEIGHTS));
    SourceKind source = SourceKind.values()[weighted(15, 35, 20, 10, 20)];
    int pageViews = random.nextInt(40);
    int visits = pageViews == 0 ? 0 : 1 + random.nextInt(Math.max(1, pageViews / 3));
    boolean pricing = random.nextDouble() < 0.3;
    int downloads = random.nextDouble() < 0.3 ? 1 + random.nextInt(4) : 0;
    boolean webinar = random.nextDouble() < 0.25;
    int email = random.nextDouble() < 0.35 ? 0 : 1 + random.nextInt(15);
    boolean demo = random.nextDouble() < 0.2;
    boolean active = random.nextDouble() < 0.3;
    int closed = 2 + random.nextInt(days - 2);
    int created = closed + 5 + random.nextInt(60);
    int recentEmails = random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(4);
    int recentMeetings = random.nextDouble() < 0.6 ? 0 : 1 + random.nextInt(3);
    List<PlannedTouch> touches = touches(recentEmails, recentMeetings, created - closed, 60);
    LeadTraits drawn = new LeadTraits(title, kind, employees, industry, country, source, pageViews, visits, pricing,
        downloads, webinar, email, demo, active, created, closed, false, recentEmails, recentMeetings, touches);
    boolean converted = outcome(leadLogit(drawn), 0.45);
    return new LeadTraits(title, kind, employees, industry, country, source, pageViews, visits, pricing, downloads,
        webinar, email, demo, active, created, closed, converted, recentEmails, recentMeetings,
        afterOutcome(touches, converted, closed));
  }

  public DealTraits nextDeal() {
    int employees = employees();
    long amount = 100L * Math.round((2_000 + Math.exp(random.nextDouble() * Math.log(100)) * 2_000) / 100.0);
    IndustryKind industry = IndustryKind.values()[weighted(35, 25, 40)];
    String country = COUNTRIES.get(weighted(COUNTRY_WEIGHTS));
    int closed = 2 + random.nextInt(days - 2);
    int created = closed + 7 + random.nextInt(150);
    int recentEmails = random.nextDouble() < 0.4 ? 0 : 1 + random.nextInt(4);
    int recentMeetings = random.nextDouble() < 0.55 ? 0 : 1 + random.nextInt(3);
    // a deal's outcome counts from the start of its close day: its touches end the day before
    List<PlannedTouch> touches = touches(recentEmails, recentMeetings, created - closed, MINUTES_A_DAY);
    List<StageStep> stages = stagePath(created - closed);
    int lastStageDays = (int) (stages.get(stages.size() - 1).minutesBeforeClose() / MINUTES_A_DAY);
    DealTraits drawn = new DealTraits(amount, employees, industry, country, created, closed, false, recentEmails,
        recentMeetings, touches, stages, lastStageDays);
    boolean won = outcome(dealLogit(drawn), 0.4);
    return new DealTraits(amount, employees, industry, country, created, closed, won, recentEmails, recentMeetings,
        afterOutcome(touches, won, closed), stages, lastStageDays);
  }

  /**
   * One to four open stages in pipeline order, the first entered when the deal was created, the last a whole number
   * of days (one or more) before it closed: under 14 days for about 40% of the deals that moved, 14 to 44 for 30%, 45 or more for
   * the rest (at most the days it was open). A deal that never moved sat in its first stage all along.
   */
  private List<StageStep> stagePath(int openDays) {
    int count = 1 + paths.nextInt(4);
    List<Integer> picked = new java.util.ArrayList<>();
    for (int i = 0; i < StageStep.STAGES; i++) {
      picked.add(i);
    }
    java.util.Collections.shuffle(picked, paths);
    List<Integer> stages = new java.util.ArrayList<>(picked.subList(0, count));
    java.util.Collections.sort(stages);
    long first = (long) openDays * MINUTES_A_DAY;
    if (count == 1) {
      return List.of(new StageStep(stages.get(0), first));
    }
    double r = paths.nextDouble();
    // at least a day: a stage entered in the same instant as the closing was no stage the deal sat in
    int dwell = r < 0.4 ? 1 + paths.nextInt(13) : r < 0.7 ? 14 + paths.nextInt(31) : 45 + paths.nextInt(90);
    dwell = Math.min(dwell, openDays - 1);
    long last = (long) dwell * MINUTES_A_DAY;
    List<StageStep> out = new java.util.ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long at = i == count - 1 ? last : first - (first - last) * i / (count - 1);
      out.add(new StageStep(stages.get(i), at));
    }
    return List.copyOf(out);
  }

  /**
   * The emails and meetings of the last 30 days before the outcome, and zero to three calls and emails before that
   * (while the record was open): the truth counts only the recent ones, so a model has to tell them apart.
   */
  private List<PlannedTouch> touches(int recentEmails, int recentMeetings, int openDays, int minMinutes) {
    List<PlannedTouch> out = new java.util.ArrayList<>();
    for (int i = 0; i < recentEmails; i++) {
      out.add(new PlannedTouch(PlannedTouch.Kind.EMAIL, recentMinutes(minMinutes)));
    }
    for (int i = 0; i < recentMeetings; i++) {
      out.add(new PlannedTouch(PlannedTouch.Kind.MEETING, recentMinutes(minMinutes)));
    }
    int olderDays = openDays - 31;
    if (olderDays > 0) {
      int older = random.nextInt(4);
      for (int i = 0; i < older; i++) {
        out.add(new PlannedTouch(random.nextBoolean() ? PlannedTouch.Kind.CALL : PlannedTouch.Kind.EMAIL,
            (31L + random.nextInt(olderDays)) * MINUTES_A_DAY + random.nextInt(MINUTES_A_DAY)));
      }
    }
    return List.copyOf(out);
  }

  /** Between {@code min} minutes and 29 days before the outcome. */
  private long recentMinutes(int min) {
    return min + random.nextInt(29 * MINUTES_A_DAY - min);
  }

  /**
   * A good outcome is followed by a kick-off meeting the next day, when that day is past: an activity after the
   * outcome that a model must never see, or it would learn the answer.
   */
  private static List<PlannedTouch> afterOutcome(List<PlannedTouch> touches, boolean good, int closedDaysAgo) {
    if (!good || closedDaysAgo < 2) {
      return touches;
    }
    List<PlannedTouch> out = new java.util.ArrayList<>(touches);
    out.add(new PlannedTouch(PlannedTouch.Kind.MEETING, -MINUTES_A_DAY));
    return List.copyOf(out);
  }

  private boolean outcome(double logit, double noiseRate) {
    double p = truth == HistoryTruth.SIGNAL ? 1 / (1 + Math.exp(-logit)) : noiseRate;
    return random.nextDouble() < p;
  }

  private int employees() {
    int[][] bands = {{5, 19}, {20, 49}, {50, 199}, {200, 999}, {1000, 20_000}};
    int[] band = bands[weighted(15, 20, 30, 20, 15)];
    return band[0] + random.nextInt(band[1] - band[0] + 1);
  }

  private <T> T one(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private int weighted(int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
