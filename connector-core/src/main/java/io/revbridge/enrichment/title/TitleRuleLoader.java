package io.revbridge.enrichment.title;

import io.revbridge.enrichment.data.CsvLines;
import io.revbridge.enrichment.data.CsvRow;
import io.revbridge.enrichment.data.DataFileException;
import io.revbridge.enrichment.data.DataProblem;
import io.revbridge.enrichment.data.DataFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads title rules: {@code phrase,seniority,department,role,priority}, one rule a line. Blank cells mean "no opinion";
 * priority defaults to the seniority's rank. All problems of a file are reported together, each with its line and fix.
 */
public final class TitleRuleLoader {
  public static final String BUILT_IN = "title-rules.csv";

  private TitleRuleLoader() {}

  /** The rules shipped in the jar. */
  public static List<TitleRule> builtIn() {
    return parse(DataFiles.resource(BUILT_IN), BUILT_IN);
  }

  /** The shipped rules followed by an admin's file; an admin's rule wins a tie by coming later. */
  public static List<TitleRule> builtInPlus(Path adminFile) {
    List<TitleRule> rules = new ArrayList<>(builtIn());
    rules.addAll(parse(DataFiles.file(adminFile), adminFile.toString()));
    return rules;
  }

  public static List<TitleRule> parse(String text, String fileName) {
    List<TitleRule> rules = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>();
    List<CsvRow> rows = CsvLines.parse(text, fileName);
    for (CsvRow row : rows) {
      if (row == rows.get(0) && row.cell(0).equalsIgnoreCase("phrase")) {
        continue;
      }
      int before = problems.size();
      TitleRule rule = rule(row, fileName, problems);
      if (problems.size() == before) {
        rules.add(rule);
      }
    }
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
    return rules;
  }

  private static TitleRule rule(CsvRow row, String file, List<DataProblem> problems) {
    int line = row.line();
    if (row.cells().size() > 5) {
      problems.add(new DataProblem(file, line, "has " + row.cells().size() + " cells",
          "write phrase,seniority,department,role,priority and quote a phrase that holds a comma"));
      return null;
    }
    List<TitleRule.WordPattern> words = words(row.cell(0), file, line, problems);
    Seniority seniority = parseEnum(Seniority.class, row.cell(1), "seniority", file, line, problems);
    Department department = parseEnum(Department.class, row.cell(2), "department", file, line, problems);
    BuyingRole role = parseEnum(BuyingRole.class, row.cell(3), "role", file, line, problems);
    if (seniority == null && department == null && role == null && row.cell(1).isEmpty()
        && row.cell(2).isEmpty() && row.cell(3).isEmpty()) {
      problems.add(new DataProblem(file, line, "rule '" + row.cell(0) + "' says nothing",
          "fill at least one of seniority, department and role"));
    }
    int priority = seniority == null ? 0 : seniority.defaultPriority();
    if (!row.cell(4).isEmpty()) {
      try {
        priority = Integer.parseInt(row.cell(4));
      } catch (NumberFormatException e) {
        problems.add(new DataProblem(file, line, "priority '" + row.cell(4) + "' is not a whole number",
            "write a number such as 60, or leave it empty for the seniority's rank"));
      }
    }
    return words == null ? null : new TitleRule(words, seniority, department, role, priority, file + ":" + line);
  }

  private static List<TitleRule.WordPattern> words(String phrase, String file, int line, List<DataProblem> problems) {
    List<TitleRule.WordPattern> words = new ArrayList<>();
    for (String raw : phrase.split("\\s+")) {
      if (raw.isEmpty()) {
        continue;
      }
      boolean prefix = raw.endsWith("*");
      boolean suffix = raw.startsWith("*");
      String core = raw.replace("*", "");
      List<String> tokens = TitleTokens.of(core);
      if (tokens.isEmpty() || (prefix && suffix) || core.length() != raw.length() - (prefix ? 1 : 0) - (suffix ? 1 : 0)
          || ((prefix || suffix) && tokens.size() != 1)) {
        problems.add(new DataProblem(file, line, "word '" + raw + "' of phrase '" + phrase + "' cannot be matched",
            "use letters and digits, with at most one * at the start (suffix) or at the end (prefix) of a word"));
        return null;
      }
      for (String token : tokens) {
        TitleRule.WordPattern.Kind kind = prefix ? TitleRule.WordPattern.Kind.PREFIX
            : suffix ? TitleRule.WordPattern.Kind.SUFFIX : TitleRule.WordPattern.Kind.WHOLE;
        words.add(new TitleRule.WordPattern(token, kind));
      }
    }
    if (words.isEmpty()) {
      problems.add(new DataProblem(file, line, "the phrase is empty", "write the words of a title in the first cell"));
      return null;
    }
    return words;
  }

  private static <E extends Enum<E>> E parseEnum(
      Class<E> type, String cell, String what, String file, int line, List<DataProblem> problems) {
    if (cell.isEmpty()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(cell)) {
        return constant;
      }
    }
    problems.add(new DataProblem(file, line, "unknown " + what + " '" + cell + "'",
        "use one of " + Arrays.toString(type.getEnumConstants()) + " or leave it empty"));
    return null;
  }
}
