package io.revbridge.model;

/** Signs that a purchase is due: an active project, a budget cycle, or a current solution that expires soon. */
public record TimingSignals(boolean activeProject, boolean budgetCycle, boolean solutionExpiring) {
  public static final TimingSignals NONE = new TimingSignals(false, false, false);
}
