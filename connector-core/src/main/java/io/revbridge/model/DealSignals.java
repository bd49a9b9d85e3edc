package io.revbridge.model;

import java.time.Instant;

/**
 * What the forecast reads about a deal beyond its stage and amount: when it was created and last worked, the
 * activity milestones it reached, the competition and the BANT facts a rep confirmed. None of these has a standard
 * field in either CRM but the creation time, so they come from properties the admin maps; absent data is
 * {@code null} or false, and the forecast names what it did not know.
 *
 * @param competition {@code none}, {@code weak}, {@code strong} or {@code incumbent} (case-insensitive); null unknown
 * @param stageEnteredAt when the deal entered the stage it is in (Salesforce {@code LastStageChangeDate}); null unknown
 */
public record DealSignals(
    Instant createdAt,
    Instant lastActivityAt,
    boolean emailEngaged,
    boolean demoCompleted,
    boolean proposalSent,
    boolean contractReview,
    boolean legalInvolved,
    String competition,
    boolean budgetConfirmed,
    boolean authorityConfirmed,
    boolean needConfirmed,
    boolean timelineConfirmed,
    Instant stageEnteredAt) {

  public static final DealSignals NONE =
      new DealSignals(null, null, false, false, false, false, false, null, false, false, false, false, null);

  /** The same signals without the stage clock. */
  public DealSignals withoutStageClock() {
    return withStageEnteredAt(null);
  }

  /** The same signals with the stage clock set to {@code enteredAt} (null: unknown). */
  public DealSignals withStageEnteredAt(Instant enteredAt) {
    return new DealSignals(createdAt, lastActivityAt, emailEngaged, demoCompleted, proposalSent, contractReview,
        legalInvolved, competition, budgetConfirmed, authorityConfirmed, needConfirmed, timelineConfirmed,
        enteredAt);
  }
}
