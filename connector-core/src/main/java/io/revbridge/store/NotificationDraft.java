package io.revbridge.store;

/** A notification to queue: its dedupe key, its kind and the message as JSON. */
public record NotificationDraft(String key, String kind, String payload) {}
