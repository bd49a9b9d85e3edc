package io.revbridge.store;

import java.time.Instant;

/** The saved poll position of one object type of one connection, and when it last moved. */
public record CursorRow(String connection, String objectType, String cursor, Instant updatedAt) {}
