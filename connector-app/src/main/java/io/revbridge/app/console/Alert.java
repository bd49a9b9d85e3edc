package io.revbridge.app.console;

import java.time.Instant;

/**
 * Something a manager should act on.
 *
 * @param kind {@code sla-breach}, {@code follow-up-overdue}, {@code deals-at-risk}, {@code rep-below-target} or
 *     {@code connection-paused}
 * @param key one occurrence of the alert; the notification sent for it carries this key, so it is sent once
 * @param record the record it is about ({@code connection/objectType/id}), or null
 * @param send false when another part of Revbridge already notifies it (SLA breaches: the SLA watch)
 */
record Alert(String kind, String key, String title, String text, String record, Instant at, boolean send) {}
