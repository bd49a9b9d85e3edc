package io.revbridge.enrichment.derived;

/** How well a company's industry fits the playbook: what we sell to, next to it, or neither. */
public enum IndustryClass {
  TARGET,
  ADJACENT,
  OTHER
}
