package io.revbridge.enrichment;

/** What the waterfall does with a value the CRM already holds for a field. */
public enum FieldPolicy {
  /** A human's value stays (the default): providers only fill empty fields. */
  KEEP_CRM_VALUE,
  /** Providers' values replace the CRM's; only for fields the playbook says Revbridge owns. */
  OVERWRITE
}
