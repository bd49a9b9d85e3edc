/**
 * The enrichment stage: providers fill canonical fields in a waterfall, every value keeps its provenance, and a
 * value a human entered in the CRM is kept unless a field policy says otherwise. Pure apart from the providers
 * a caller plugs in; the pipeline wiring lives elsewhere.
 */
package io.revbridge.enrichment;
