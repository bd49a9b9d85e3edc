package io.revbridge.config;

/** {@code handoff.*}: the HubSpot connection whose MQLs are handed to the Salesforce connection. */
public record HandoffConfig(String from, String to) {}
