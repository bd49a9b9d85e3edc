package io.revbridge.predictive;

/** Training refused: the history holds fewer outcomes of a kind than the playbook's minimum. The rules stay. */
public final class NotEnoughHistoryException extends RuntimeException {
  private final int positives;
  private final int negatives;

  public NotEnoughHistoryException(String message, int positives, int negatives) {
    super(message);
    this.positives = positives;
    this.negatives = negatives;
  }

  public int positives() {
    return positives;
  }

  public int negatives() {
    return negatives;
  }
}
