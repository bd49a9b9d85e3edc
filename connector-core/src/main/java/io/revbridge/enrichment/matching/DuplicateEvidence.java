package io.revbridge.enrichment.matching;

/** One reason for a merge suggestion, readable by a person: {@code jane@acme.com}, {@code jon smith ~ john smith}. */
public record DuplicateEvidence(EvidenceKind kind, String detail, double similarity) {}
