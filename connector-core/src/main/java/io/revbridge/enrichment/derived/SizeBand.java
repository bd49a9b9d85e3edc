package io.revbridge.enrichment.derived;

/**
 * The playbook's company size bands. Bounds are half-open where the playbook's ranges touch: 50 employees is
 * {@code 50-200}, 200 is {@code 200-1000}, 1000 is {@code 1000+}.
 */
public enum SizeBand {
  UNDER_20("<20", 0, 19),
  FROM_20_TO_50("20-50", 20, 49),
  FROM_50_TO_200("50-200", 50, 199),
  FROM_200_TO_1000("200-1000", 200, 999),
  OVER_1000("1000+", 1000, Integer.MAX_VALUE);

  private final String label;
  private final int min;
  private final int max;

  SizeBand(String label, int min, int max) {
    this.label = label;
    this.min = min;
    this.max = max;
  }

  public String label() {
    return label;
  }

  /** The band of a head count; {@code null} for a negative count, which is a data error, not a band. */
  public static SizeBand of(int employees) {
    for (SizeBand band : values()) {
      if (employees >= band.min && employees <= band.max) {
        return band;
      }
    }
    return null;
  }
}
