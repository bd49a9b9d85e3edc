package io.revbridge.scoring;

/**
 * Company sizes from {@code minEmployees} to {@code maxEmployees}, both inclusive, and the points they give.
 * Use {@link Integer#MAX_VALUE} for "and more".
 */
public record SizeBand(int minEmployees, int maxEmployees, int points) {
  public SizeBand {
    if (minEmployees < 0 || maxEmployees < minEmployees) {
      throw new IllegalArgumentException("size band needs 0 <= minEmployees <= maxEmployees, got "
          + minEmployees + ".." + maxEmployees);
    }
  }

  boolean contains(int employees) {
    return employees >= minEmployees && employees <= maxEmployees;
  }
}
