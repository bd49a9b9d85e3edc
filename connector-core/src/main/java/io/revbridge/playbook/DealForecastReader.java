package io.revbridge.playbook;

import io.revbridge.forecast.ForecastModel;
import io.revbridge.forecast.ForecastStage;
import io.revbridge.forecast.HolidayPeriod;
import io.revbridge.mapping.MappingProblem;
import io.revbridge.mapping.YamlDocuments;
import io.revbridge.mapping.YamlNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code deal-forecast.yaml} into a {@link ForecastModel}, reporting every problem with file, line, key, fix. */
final class DealForecastReader {
  static final String FILE = "deal-forecast.yaml";
  private static final Pattern PERIOD = Pattern.compile("(\\d\\d)-(\\d\\d)\\.\\.(\\d\\d)-(\\d\\d)");
  private static final List<String> CRMS = List.of("hubspot", "salesforce");

  private PlaybookValues v;

  Optional<ForecastModel> read(String location, String text, List<MappingProblem> sink) {
    int before = sink.size();
    v = new PlaybookValues(location, sink);
    Optional<YamlNode> root = YamlDocuments.parse(location, text, sink,
        "write the deal forecast playbook (see README \"Scoring and forecasting\"), or delete the file for the defaults");
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof YamlNode.Map top)) {
      v.problem(root.get().mark(), null, "the deal forecast playbook must be a map, not "
          + YamlNode.describe(root.get()), "start from the shipped mappings/playbook/" + FILE);
      return Optional.empty();
    }
    v.knownKeys(top, "", List.of("stages", "milestones", "competition", "time", "bant", "clamp", "risks", "rollup"));
    YamlNode.Map stages = v.map(top, "", "stages", "stages: {base: {...}, hubspot: {...}, salesforce: {...}}");
    Map<ForecastStage, Integer> base = new EnumMap<>(ForecastStage.class);
    Map<String, Map<String, ForecastStage>> perCrm = new LinkedHashMap<>();
    if (stages != null) {
      v.knownKeys(stages, "stages", List.of("base", "hubspot", "salesforce"));
      YamlNode.Map b = v.map(stages, "stages", "base", "base: {QUALIFICATION: 10, ...}");
      if (b != null) {
        List<String> open = List.of("QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION", "CLOSING");
        v.knownKeys(b, "stages.base", open);
        for (String name : open) {
          Integer p = v.integer(b, "stages.base", name, 0, 100);
          if (p != null) {
            base.put(ForecastStage.valueOf(name), p);
          }
        }
      }
      for (String crm : CRMS) {
        YamlNode.Map m = v.map(stages, "stages", crm, crm + ": {<stage value>: PROPOSAL}");
        if (m != null) {
          Map<String, ForecastStage> map = new LinkedHashMap<>();
          for (YamlNode.Entry e : m.entries()) {
            ForecastStage stage = v.enumValue(e.value(), "stages." + crm + "." + e.key(), ForecastStage.class);
            if (stage != null) {
              map.put(e.key(), stage);
            }
          }
          perCrm.put(crm, map);
        }
      }
    }
    List<Integer> milestones = new ArrayList<>();
    YamlNode.Map m = v.map(top, "", "milestones", "milestones: {emailEngagement: 5, ...}");
    if (m != null) {
      v.knownKeys(m, "milestones", ForecastModel.MILESTONES);
      for (String name : ForecastModel.MILESTONES) {
        milestones.add(v.integer(m, "milestones", name, -100, 100));
      }
    }
    Map<String, Integer> competition = new LinkedHashMap<>();
    YamlNode.Map c = v.map(top, "", "competition", "competition: {none: 15, weak: 5, strong: -10, incumbent: -15}");
    if (c != null) {
      v.knownKeys(c, "competition", ForecastModel.COMPETITION);
      for (String name : ForecastModel.COMPETITION) {
        competition.put(name, v.integer(c, "competition", name, -100, 100));
      }
    }
    YamlNode.Map t = v.map(top, "", "time", "time: {averageCycleDays: 45, ...}");
    Integer cycle = null;
    Integer older = null;
    Integer quarter = null;
    Integer holiday = null;
    List<HolidayPeriod> holidays = null;
    if (t != null) {
      v.knownKeys(t, "time", List.of("averageCycleDays", "olderThanCycle", "lastMonthOfQuarter", "holidayPeriod",
          "holidays"));
      cycle = v.integer(t, "time", "averageCycleDays", 1, 3650);
      older = v.integer(t, "time", "olderThanCycle", -100, 100);
      quarter = v.integer(t, "time", "lastMonthOfQuarter", -100, 100);
      holiday = v.integer(t, "time", "holidayPeriod", -100, 100);
      holidays = holidays(t);
    }
    YamlNode.Map bant = v.map(top, "", "bant", "bant: {budget: 20, authority: 15, need: 10, timeline: 10}");
    Integer[] bantPoints = new Integer[4];
    if (bant != null) {
      List<String> keys = List.of("budget", "authority", "need", "timeline");
      v.knownKeys(bant, "bant", keys);
      for (int i = 0; i < keys.size(); i++) {
        bantPoints[i] = v.integer(bant, "bant", keys.get(i), -100, 100);
      }
    }
    YamlNode.Map clamp = v.map(top, "", "clamp", "clamp: {min: 1, max: 99}");
    Integer clampMin = null;
    Integer clampMax = null;
    if (clamp != null) {
      v.knownKeys(clamp, "clamp", List.of("min", "max"));
      clampMin = v.integer(clamp, "clamp", "min", 0, 100);
      clampMax = v.integer(clamp, "clamp", "max", clampMin == null ? 0 : clampMin, 100);
    }
    YamlNode.Map risks = v.map(top, "", "risks", "risks: {noActivityDays: 14}");
    Integer idle = null;
    if (risks != null) {
      v.knownKeys(risks, "risks", List.of("noActivityDays"));
      idle = v.integer(risks, "risks", "noActivityDays", 1, 3650);
    }
    YamlNode.Map rollup = v.map(top, "", "rollup", "rollup: {commitMin: 75, bestCaseMin: 50}");
    Integer commit = null;
    Integer bestCase = null;
    if (rollup != null) {
      v.knownKeys(rollup, "rollup", List.of("commitMin", "bestCaseMin"));
      commit = v.integer(rollup, "rollup", "commitMin", 0, 100);
      bestCase = v.integer(rollup, "rollup", "bestCaseMin", 0, commit == null ? 100 : commit);
    }
    if (sink.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ForecastModel(base, perCrm, milestones, competition, cycle, older, quarter, holiday,
          holidays, bantPoints[0], bantPoints[1], bantPoints[2], bantPoints[3], clampMin, clampMax, idle, commit,
          bestCase));
    } catch (IllegalArgumentException e) {
      v.problem(top.mark(), null, e.getMessage(), "correct the numbers so they agree");
      return Optional.empty();
    }
  }

  private List<HolidayPeriod> holidays(YamlNode.Map t) {
    List<String> texts = v.strings(t, "time", "holidays", "holidays: [\"12-20..01-05\"]");
    if (texts == null) {
      return null;
    }
    YamlNode.Seq seq = (YamlNode.Seq) t.entry("holidays").orElseThrow().value();
    List<HolidayPeriod> periods = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Matcher match = PERIOD.matcher(texts.get(i));
      try {
        if (!match.matches()) {
          throw new DateTimeException("not MM-DD..MM-DD");
        }
        periods.add(new HolidayPeriod(
            MonthDay.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))),
            MonthDay.of(Integer.parseInt(match.group(3)), Integer.parseInt(match.group(4)))));
      } catch (DateTimeException e) {
        v.problem(seq.items().get(i).mark(), "time.holidays[" + i + "]", "`" + texts.get(i)
            + "` is not a period of days", "write MM-DD..MM-DD, e.g. \"12-20..01-05\"");
        return null;
      }
    }
    return periods;
  }
}
