package io.revbridge.mapping;

import io.revbridge.spi.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The results Revbridge can write to a CRM: the only valid {@code canonical} values of outbound fields.
 * The engine passes them to {@link ObjectMapping#outbound} keyed by {@link #path()}.
 */
public enum OutboundSource {
  SCORE("leadScore.score", "the lead score, 0 to 100",
      Set.of(FieldType.NUMBER, FieldType.STRING, FieldType.TEXTAREA), List.of()),
  GRADE("leadScore.grade", "the lead grade: HOT, WARM, COLD or UNQUALIFIED",
      Set.of(FieldType.ENUMERATION, FieldType.STRING, FieldType.TEXTAREA), List.of("HOT", "WARM", "COLD", "UNQUALIFIED")),
  REASONS("leadScore.reasons", "why the lead got its score, one line per category",
      Set.of(FieldType.TEXTAREA, FieldType.STRING), List.of()),
  SCORED_AT("leadScore.scoredAt", "when the lead was last scored",
      Set.of(FieldType.DATETIME, FieldType.STRING, FieldType.TEXTAREA), List.of()),
  ROUTED_OWNER_ID("routing.ownerId", "the CRM user id routing chose as owner",
      Set.of(FieldType.STRING, FieldType.NUMBER, FieldType.ENUMERATION), List.of()),
  ROUTING_REASON("routing.reason", "one line on why routing chose the owner: rule, team, how",
      Set.of(FieldType.STRING, FieldType.TEXTAREA), List.of()),
  ENRICHMENT_SUMMARY("enrichment.summary", "where enriched values came from: `person.role: title-rules 0.9; ...`",
      Set.of(FieldType.TEXTAREA, FieldType.STRING), List.of()),
  MQL_SCORE("mql.score", "the behavioural MQL score, 0 to 100",
      Set.of(FieldType.NUMBER, FieldType.STRING, FieldType.TEXTAREA), List.of()),
  MQL_QUALIFIED("mql.qualified", "whether the MQL score reaches the playbook's threshold: true or false",
      Set.of(FieldType.ENUMERATION, FieldType.STRING, FieldType.TEXTAREA), List.of("true", "false")),
  FORECAST_PROBABILITY("forecast.probability", "the deal's win probability in percent, 0 to 100",
      Set.of(FieldType.NUMBER, FieldType.STRING, FieldType.TEXTAREA), List.of()),
  FORECAST_EXPECTED_VALUE("forecast.expectedValue", "the deal's amount times its win probability",
      Set.of(FieldType.NUMBER, FieldType.STRING, FieldType.TEXTAREA), List.of()),
  FORECAST_REASONS("forecast.reasons", "why the deal got its win probability, most important first",
      Set.of(FieldType.TEXTAREA, FieldType.STRING), List.of()),
  PREDICTIVE_SCORE("predictive.score", "the learned model's conversion or win likelihood, 0 to 100",
      Set.of(FieldType.NUMBER, FieldType.STRING, FieldType.TEXTAREA), List.of()),
  PREDICTIVE_FACTORS("predictive.factors", "the facts that raised and lowered the predictive score most, one a line",
      Set.of(FieldType.TEXTAREA, FieldType.STRING), List.of());

  private final String path;
  private final String description;
  private final Set<FieldType> fieldTypes;
  private final List<String> possibleValues;

  OutboundSource(String path, String description, Set<FieldType> fieldTypes, List<String> values) {
    this.path = path;
    this.description = description;
    this.fieldTypes = fieldTypes;
    this.possibleValues = values;
  }

  public String path() {
    return path;
  }

  public String description() {
    return description;
  }

  /** Whether a field Revbridge creates with this type can hold the result. */
  public boolean fits(FieldType type) {
    return fieldTypes.contains(type);
  }

  /** Every value the result can take when it is one of a fixed list (the grades); empty otherwise. */
  public List<String> possibleValues() {
    return possibleValues;
  }

  public static Optional<OutboundSource> fromPath(String path) {
    return Arrays.stream(values()).filter(source -> source.path.equals(path)).findFirst();
  }

  public static List<String> paths() {
    return Arrays.stream(values()).map(OutboundSource::path).toList();
  }
}
