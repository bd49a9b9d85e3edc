package io.revbridge.enrichment.matching;

import io.revbridge.model.RecordRef;

/**
 * The account a person belongs to, its owner (who routing gives an existing customer's lead to) and whether it is a
 * customer, with what tied them and how sure that is.
 */
public record AccountMatch(RecordRef company, String ownerId, boolean customer, MatchBasis basis, double confidence) {}
