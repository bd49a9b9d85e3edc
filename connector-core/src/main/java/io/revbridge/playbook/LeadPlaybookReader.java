package io.revbridge.playbook;

import io.revbridge.enrichment.title.BuyingRole;
import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.mapping.YamlNode;
import io.revbridge.scoring.Channel;
import io.revbridge.scoring.Content;
import io.revbridge.scoring.Grade;
import io.revbridge.scoring.LeadPlaybook;
import io.revbridge.scoring.LeadScoringModel;
import io.revbridge.scoring.MqlModel;
import io.revbridge.scoring.Priority;
import io.revbridge.scoring.Recommendation;
import io.revbridge.scoring.SizeBand;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code lead-scoring.yaml} into a {@link LeadPlaybook}, reporting every problem with file, line, key, fix. */
final class LeadPlaybookReader {
  static final String FILE = "lead-scoring.yaml";
  private static final int MAX = 1000;

  private PlaybookValues v;

  /** @return the playbook, or empty when the file has any problem (all added to {@code sink}) */
  Optional<LeadPlaybook> read(String location, String text, List<MappingProblem> sink) {
    int before = sink.size();
    v = new PlaybookValues(location, sink);
    Optional<YamlNode> root = YamlDocuments.parse(location, text, sink,
        "write the lead scoring playbook (see README \"Scoring and forecasting\"), or delete the file for the defaults");
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlNode.Map top)) {
      v.problem(root.get().mark(), null, "the lead scoring playbook must be a map, not " + YamlNode.describe(root.get()),
          "start from the shipped mappings/playbook/" + FILE);
      return Optional.empty();
    }
    v.knownKeys(top, "", List.of("categoryMax", "companyFit", "contactQuality", "intent", "timing", "grades", "mql"));
    Integer categoryMax = v.integer(top, "", "categoryMax", 1, 25);
    int cap = categoryMax == null ? 25 : categoryMax;
    LeadScoringModel scoring = null;
    Fit fit = companyFit(top, cap);
    Map<BuyingRole, Integer> roles = roles(top, cap);
    Intent intent = intent(top);
    Timing timing = timing(top, cap);
    Grades grades = grades(top, 4 * cap);
    MqlModel mql = mql(top);
    if (sink.size() > before) {
      return Optional.empty();
    }
    try {
      scoring = new LeadScoringModel(cap, fit.bands, fit.sizeUnknown, fit.target, fit.targetPoints, fit.adjacent,
          fit.adjacentPoints, fit.other, fit.industryUnknown, roles, intent.pricing, intent.downloads, intent.webinar,
          intent.minVisits, intent.visits, intent.email, timing.active, timing.budget, timing.expiring,
          timing.general, grades.hot, grades.warm, grades.cold);
      return Optional.of(new LeadPlaybook(scoring, mql, grades.recommended));
    } catch (IllegalArgumentException e) {
      v.problem(top.mark(), null, e.getMessage(), "correct the numbers so they agree");
      return Optional.empty();
    }
  }

  private record Fit(List<SizeBand> bands, int sizeUnknown, Set<String> target, int targetPoints, Set<String> adjacent,
      int adjacentPoints, int other, int industryUnknown) {}

  private Fit companyFit(YamlNode.Map top, int cap) {
    YamlNode.Map fit = v.map(top, "", "companyFit", "companyFit: {sizeBands: [...], ...}");
    if (fit == null) {
      return null;
    }
    String p = "companyFit";
    v.knownKeys(fit, p, List.of("sizeBands", "sizeUnknown", "targetIndustries", "adjacentIndustries",
        "otherIndustry", "industryUnknown"));
    List<SizeBand> bands = sizeBands(fit, p, cap);
    Integer sizeUnknown = v.integer(fit, p, "sizeUnknown", 0, cap);
    YamlNode.Map target = v.map(fit, p, "targetIndustries", "targetIndustries: {points: 25, names: [COMPUTER_SOFTWARE]}");
    YamlNode.Map adjacent = v.map(fit, p, "adjacentIndustries", "adjacentIndustries: {points: 15, names: [FINANCIAL_SERVICES]}");
    Integer targetPoints = null;
    Integer adjacentPoints = null;
    List<String> targetNames = null;
    List<String> adjacentNames = null;
    if (target != null) {
      v.knownKeys(target, p + ".targetIndustries", List.of("points", "names"));
      targetPoints = v.integer(target, p + ".targetIndustries", "points", 0, cap);
      targetNames = v.strings(target, p + ".targetIndustries", "names", "names: [COMPUTER_SOFTWARE, Software]");
    }
    if (adjacent != null) {
      v.knownKeys(adjacent, p + ".adjacentIndustries", List.of("points", "names"));
      adjacentPoints = v.integer(adjacent, p + ".adjacentIndustries", "points", 0, cap);
      adjacentNames = v.strings(adjacent, p + ".adjacentIndustries", "names", "names: [FINANCIAL_SERVICES]");
    }
    Integer other = v.integer(fit, p, "otherIndustry", 0, cap);
    Integer unknown = v.integer(fit, p, "industryUnknown", 0, cap);
    if (bands == null || sizeUnknown == null || targetPoints == null || targetNames == null || adjacentPoints == null
        || adjacentNames == null || other == null || unknown == null) {
      return null;
    }
    return new Fit(bands, sizeUnknown, new HashSet<>(targetNames), targetPoints, new HashSet<>(adjacentNames),
        adjacentPoints, other, unknown);
  }

  private List<SizeBand> sizeBands(YamlNode.Map fit, String parent, int cap) {
    YamlNode node = v.required(fit, parent, "sizeBands", "sizeBands: [{min: 50, max: 200, points: 25}]");
    String key = parent + ".sizeBands";
    if (node == null) {
      return null;
    }
    if (!(node instanceof YamlNode.Seq seq) || seq.items().isEmpty()) {
      v.problem(node.mark(), key, "`sizeBands` must be a non-empty list of bands",
          "write it as [{min: 50, max: 200, points: 25}, {min: 201, points: 15}]");
      return null;
    }
    List<SizeBand> bands = new ArrayList<>();
    int before = v.problems();
    for (int i = 0; i < seq.items().size(); i++) {
      String itemKey = key + "[" + i + "]";
      if (!(seq.items().get(i) instanceof YamlNode.Map band)) {
        v.problem(seq.items().get(i).mark(), itemKey, "a size band must be a map", "write {min: 20, max: 49, points: 20}");
        continue;
      }
      v.knownKeys(band, itemKey, List.of("min", "max", "points"));
      Integer min = v.integer(band, itemKey, "min", 0, Integer.MAX_VALUE);
      Integer max = v.optionalInteger(band, itemKey, "max", 0, Integer.MAX_VALUE);
      Integer points = v.integer(band, itemKey, "points", 0, cap);
      if (min != null && max != null && max < min) {
        v.problem(band.mark(), itemKey + ".max", "`max` " + max + " is below `min` " + min,
            "make max at least min, or leave it out for \"and more\"");
      } else if (min != null && points != null && (band.entry("max").isEmpty() || max != null)) {
        bands.add(new SizeBand(min, max == null ? Integer.MAX_VALUE : max, points));
      }
    }
    return v.problems() > before ? null : bands;
  }

  private Map<BuyingRole, Integer> roles(YamlNode.Map top, int cap) {
    YamlNode.Map roles = v.map(top, "", "contactQuality", "contactQuality: {DECISION_MAKER: 25, ...}");
    if (roles == null) {
      return null;
    }
    List<String> names = EnumSet.allOf(BuyingRole.class).stream().map(Enum::name).toList();
    v.knownKeys(roles, "contactQuality", names);
    Map<BuyingRole, Integer> points = new EnumMap<>(BuyingRole.class);
    for (BuyingRole role : BuyingRole.values()) {
      Integer value = v.integer(roles, "contactQuality", role.name(), 0, cap);
      if (value != null) {
        points.put(role, value);
      }
    }
    return points.size() == BuyingRole.values().length ? points : null;
  }

  private record Intent(int pricing, int downloads, int webinar, int visits, int minVisits, int email) {}

  private Intent intent(YamlNode.Map top) {
    YamlNode.Map m = v.map(top, "", "intent", "intent: {pricingPage: 15, ...}");
    if (m == null) {
      return null;
    }
    v.knownKeys(m, "intent", List.of("pricingPage", "downloads", "webinar", "multipleVisits", "minVisits",
        "emailEngagement"));
    Integer pricing = v.integer(m, "intent", "pricingPage", 0, MAX);
    Integer downloads = v.integer(m, "intent", "downloads", 0, MAX);
    Integer webinar = v.integer(m, "intent", "webinar", 0, MAX);
    Integer visits = v.integer(m, "intent", "multipleVisits", 0, MAX);
    Integer minVisits = v.integer(m, "intent", "minVisits", 1, MAX);
    Integer email = v.integer(m, "intent", "emailEngagement", 0, MAX);
    if (pricing == null || downloads == null || webinar == null || visits == null || minVisits == null
        || email == null) {
      return null;
    }
    return new Intent(pricing, downloads, webinar, visits, minVisits, email);
  }

  private record Timing(int active, int budget, int expiring, int general) {}

  private Timing timing(YamlNode.Map top, int cap) {
    YamlNode.Map m = v.map(top, "", "timing", "timing: {activeProject: 25, ...}");
    if (m == null) {
      return null;
    }
    v.knownKeys(m, "timing", List.of("activeProject", "budgetCycle", "solutionExpiring", "generalInterest"));
    Integer active = v.integer(m, "timing", "activeProject", 0, cap);
    Integer budget = v.integer(m, "timing", "budgetCycle", 0, cap);
    Integer expiring = v.integer(m, "timing", "solutionExpiring", 0, cap);
    Integer general = v.integer(m, "timing", "generalInterest", 0, cap);
    if (active == null || budget == null || expiring == null || general == null) {
      return null;
    }
    return new Timing(active, budget, expiring, general);
  }

  private record Grades(int hot, int warm, int cold, Map<Grade, Recommendation> recommended) {}

  private Grades grades(YamlNode.Map top, int total) {
    YamlNode.Map m = v.map(top, "", "grades", "grades: {HOT: {min: 80, channel: PHONE, content: DEMO, priority: HIGH}}");
    if (m == null) {
      return null;
    }
    v.knownKeys(m, "grades", EnumSet.allOf(Grade.class).stream().map(Enum::name).toList());
    Map<Grade, Recommendation> recommended = new EnumMap<>(Grade.class);
    Map<Grade, Integer> mins = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      String key = "grades." + grade.name();
      YamlNode.Map g = v.map(m, "grades", grade.name(),
          grade.name() + ": {" + (grade == Grade.UNQUALIFIED ? "" : "min: 40, ") + "channel: EMAIL, content: CASE_STUDY, priority: LOW}");
      if (g == null) {
        continue;
      }
      v.knownKeys(g, key, grade == Grade.UNQUALIFIED ? List.of("channel", "content", "priority")
          : List.of("min", "channel", "content", "priority"));
      if (grade != Grade.UNQUALIFIED) {
        Integer min = v.integer(g, key, "min", 1, total);
        if (min != null) {
          mins.put(grade, min);
        }
      }
      Channel channel = v.enumValue(g, key, "channel", Channel.class);
      Content content = v.enumValue(g, key, "content", Content.class);
      Priority priority = v.enumValue(g, key, "priority", Priority.class);
      if (channel != null && content != null && priority != null) {
        recommended.put(grade, new Recommendation(channel, content, priority));
      }
    }
    if (mins.size() < 3 || recommended.size() < Grade.values().length) {
      return null;
    }
    int hot = mins.get(Grade.HOT);
    int warm = mins.get(Grade.WARM);
    int cold = mins.get(Grade.COLD);
    if (!(cold < warm && warm < hot)) {
      v.problem(m.mark(), "grades", "grade minimums must rise from COLD to WARM to HOT, got COLD " + cold + ", WARM "
          + warm + ", HOT " + hot, "e.g. COLD 40, WARM 60, HOT 80");
      return null;
    }
    return new Grades(hot, warm, cold, recommended);
  }

  private MqlModel mql(YamlNode.Map top) {
    YamlNode.Map m = v.map(top, "", "mql", "mql: {threshold: 70, ...}");
    if (m == null) {
      return null;
    }
    String p = "mql";
    v.knownKeys(m, p, List.of("threshold", "max", "targetSize", "targetIndustry", "targetTitle", "pageViews",
        "minutesOnSite", "downloads", "pricingPage", "demoRequest", "trialSignup"));
    Integer max = v.integer(m, p, "max", 1, MAX);
    Integer threshold = v.integer(m, p, "threshold", 1, max == null ? MAX : max);
    YamlNode.Map size = v.map(m, p, "targetSize", "targetSize: {min: 50, max: 200, points: 25}");
    Integer sizeMin = null;
    Integer sizeMax = null;
    Integer sizePoints = null;
    if (size != null) {
      v.knownKeys(size, p + ".targetSize", List.of("min", "max", "points"));
      sizeMin = v.integer(size, p + ".targetSize", "min", 0, Integer.MAX_VALUE);
      sizeMax = v.integer(size, p + ".targetSize", "max", sizeMin == null ? 0 : sizeMin, Integer.MAX_VALUE);
      sizePoints = v.integer(size, p + ".targetSize", "points", 0, MAX);
    }
    Integer industry = v.integer(m, p, "targetIndustry", 0, MAX);
    YamlNode.Map title = v.map(m, p, "targetTitle", "targetTitle: {points: 15, roles: [DECISION_MAKER, INFLUENCER]}");
    Integer titlePoints = null;
    Set<BuyingRole> roles = null;
    if (title != null) {
      v.knownKeys(title, p + ".targetTitle", List.of("points", "roles"));
      titlePoints = v.integer(title, p + ".targetTitle", "points", 0, MAX);
      List<String> names = v.strings(title, p + ".targetTitle", "roles", "roles: [DECISION_MAKER, INFLUENCER]");
      if (names != null) {
        roles = EnumSet.noneOf(BuyingRole.class);
        YamlNode.Seq seq = (YamlNode.Seq) title.entry("roles").orElseThrow().value();
        for (int i = 0; i < seq.items().size(); i++) {
          BuyingRole role = v.enumValue(seq.items().get(i), p + ".targetTitle.roles[" + i + "]", BuyingRole.class);
          if (role == null) {
            roles = null;
            break;
          }
          roles.add(role);
        }
      }
    }
    int[] pageViews = perUnit(m, p, "pageViews", true);
    int[] minutes = perUnit(m, p, "minutesOnSite", true);
    int[] downloads = perUnit(m, p, "downloads", false);
    Integer pricing = v.integer(m, p, "pricingPage", 0, MAX);
    Integer demo = v.integer(m, p, "demoRequest", 0, MAX);
    Integer trial = v.integer(m, p, "trialSignup", 0, MAX);
    if (max == null || threshold == null || sizeMin == null || sizeMax == null || sizePoints == null
        || industry == null || titlePoints == null || roles == null || pageViews == null || minutes == null
        || downloads == null || pricing == null || demo == null || trial == null) {
      return null;
    }
    return new MqlModel(sizeMin, sizeMax, sizePoints, industry, roles, titlePoints, pageViews[0], pageViews[1],
        minutes[0], minutes[1], downloads[0], pricing, demo, trial, max, threshold);
  }

  /** {@code {each: 2, max: 20}}: points per unit and their cap; without a cap, {@code max} is unbounded. */
  private int[] perUnit(YamlNode.Map m, String parent, String key, boolean capped) {
    YamlNode.Map unit = v.map(m, parent, key, key + ": {each: 2" + (capped ? ", max: 20" : "") + "}");
    if (unit == null) {
      return null;
    }
    String p = parent + "." + key;
    v.knownKeys(unit, p, capped ? List.of("each", "max") : List.of("each"));
    Integer each = v.integer(unit, p, "each", 0, MAX);
    Integer max = capped ? v.integer(unit, p, "max", 0, MAX) : Integer.valueOf(Integer.MAX_VALUE);
    return each == null || max == null ? null : new int[] {each, max};
  }
}
