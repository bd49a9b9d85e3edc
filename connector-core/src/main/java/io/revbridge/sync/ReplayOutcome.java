package io.revbridge.sync;

/**
 * What {@code dlq replay} did with one dead letter.
 *
 * @param replayed false when the letter could not be queued again; {@code what} says why
 * @param what one line for the user: where the record or write went, or why it stayed
 */
public record ReplayOutcome(long letterId, boolean replayed, String what) {}
