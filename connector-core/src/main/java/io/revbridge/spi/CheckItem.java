package io.revbridge.spi;

/** One line of a connection check: what was checked, whether it passed, and what to do if not. */
public record CheckItem(String name, boolean ok, String detail) {}
