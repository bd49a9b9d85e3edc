package io.revbridge.app.console;

import java.time.Instant;

/**
 * One signed-in browser.
 *
 * @param id the cookie's value: 256 random bits, never logged
 * @param csrf the token every form of this session carries; a POST without it is refused
 * @param flash a message shown once on the next page (the outcome of a replay), or null
 */
public record Session(String id, Viewer viewer, String csrf, Instant expiresAt, String flash) {}
