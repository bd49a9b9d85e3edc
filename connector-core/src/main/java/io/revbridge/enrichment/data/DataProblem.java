package io.revbridge.enrichment.data;

/** One problem in a data file: {@code title-rules.csv:12: unknown seniority 'BOSS'; use one of ...}. */
public record DataProblem(String file, int line, String problem, String fix) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + problem + "; " + fix;
  }
}
