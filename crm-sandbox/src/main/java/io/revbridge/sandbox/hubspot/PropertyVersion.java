package io.revbridge.sandbox.hubspot;

/**
 * One value a property was set to, as {@code propertiesWithHistory} lists it: the value, when (epoch milliseconds)
 * and by what ({@code CRM_UI}, {@code API}, {@code IMPORT}, ...).
 */
record PropertyVersion(String value, long timestamp, String sourceType) {}
