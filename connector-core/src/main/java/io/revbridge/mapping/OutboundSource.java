package io.revbridge.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The results Revbridge can write to a CRM: the only valid {@code canonical} values of outbound fields.
 * The engine passes them to {@link ObjectMapping#outbound} keyed by {@link #path()}.
 */
public enum OutboundSource {
  SCORE("leadScore.score", "the lead score, 0 to 100"),
  GRADE("leadScore.grade", "the lead grade: HOT, WARM, COLD or UNQUALIFIED"),
  REASONS("leadScore.reasons", "why the lead got its score, one line per category"),
  SCORED_AT("leadScore.scoredAt", "when the lead was last scored"),
  ROUTED_OWNER_ID("routing.ownerId", "the CRM user id routing chose as owner");

  private final String path;
  private final String description;

  OutboundSource(String path, String description) {
    this.path = path;
    this.description = description;
  }

  public String path() {
    return path;
  }

  public String description() {
    return description;
  }

  public static Optional<OutboundSource> fromPath(String path) {
    return Arrays.stream(values()).filter(source -> source.path.equals(path)).findFirst();
  }

  public static List<String> paths() {
    return Arrays.stream(values()).map(OutboundSource::path).toList();
  }
}
