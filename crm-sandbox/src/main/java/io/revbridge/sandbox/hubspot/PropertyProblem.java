package io.revbridge.sandbox.hubspot;

/** Why one property value was rejected: HubSpot's inner error code (e.g. PROPERTY_DOESNT_EXIST) and message. */
public record PropertyProblem(String name, String code, String message) {}
