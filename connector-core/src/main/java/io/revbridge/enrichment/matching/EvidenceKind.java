package io.revbridge.enrichment.matching;

/** Why two persons may be one. */
public enum EvidenceKind {
  SAME_EMAIL,
  SAME_PHONE,
  SIMILAR_NAME_SAME_COMPANY
}
