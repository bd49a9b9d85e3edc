package io.revbridge.routing;

/**
 * A rep the engine considered, and what it found: {@code available}, {@code off-hours}, {@code out-of-office},
 * {@code at-capacity}, {@code inactive}, {@code not-in-crm} (no CRM owner has the email), {@code other-level},
 * or {@code chosen}.
 */
public record CandidateTrace(String email, String ownerId, String status) {}
