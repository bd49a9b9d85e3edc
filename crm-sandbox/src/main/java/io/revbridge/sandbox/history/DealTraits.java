package io.revbridge.sandbox.history;

/**
 * One closed deal as drawn, with the company it was for. Times are days before the sandbox clock.
 *
 * @param won the outcome: closed won, else closed lost
 */
public record DealTraits(
    long amount,
    int employees,
    IndustryKind industry,
    String country,
    int createdDaysAgo,
    int closedDaysAgo,
    boolean won) {}
