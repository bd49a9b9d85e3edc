package io.revbridge.spi;

/** A field Revbridge writes and therefore needs to exist in the CRM. */
public record FieldSpec(String objectType, String name, String label, FieldType type, String description) {}
