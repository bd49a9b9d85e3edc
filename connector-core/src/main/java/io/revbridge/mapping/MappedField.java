package io.revbridge.mapping;

/**
 * One CRM field a mapping file names, with where it is named, for checks against a live CRM and for
 * {@code discover}.
 *
 * @param canonical the canonical target (inbound) or outbound source it is mapped to
 * @param outbound true when Revbridge writes the field, false when it reads it
 * @param owned true for fields Revbridge creates itself, which need not exist yet
 * @param key the key path in the file, e.g. {@code fields[3].crm}
 */
public record MappedField(String crmField, String canonical, boolean outbound, boolean owned, String key, int line,
    int column) {}
