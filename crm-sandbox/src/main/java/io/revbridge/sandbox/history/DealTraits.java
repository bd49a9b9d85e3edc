package io.revbridge.sandbox.history;

/**
 * One closed deal as drawn, with the company it was for. Times are days before the sandbox clock.
 *
 * @param won the outcome: closed won, else closed lost
 * @param recentEmails emails logged in the 30 days before it closed
 * @param recentMeetings meetings held in the 30 days before it closed
 * @param touches every call, email and meeting logged on the deal, also those after it closed
 * @param stages the open stages it passed through, oldest first; it closed from the last of them
 * @param lastStageDays whole days it spent in its last open stage before it closed
 */
public record DealTraits(
    long amount,
    int employees,
    IndustryKind industry,
    String country,
    int createdDaysAgo,
    int closedDaysAgo,
    boolean won,
    int recentEmails,
    int recentMeetings,
    java.util.List<PlannedTouch> touches,
    java.util.List<StageStep> stages,
    int lastStageDays) {}
