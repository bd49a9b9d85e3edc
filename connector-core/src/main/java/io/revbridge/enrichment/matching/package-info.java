/**
 * Duplicate detection among persons and lead-to-account matching: pure functions over lists of canonical records that
 * suggest, never merge.
 */
package io.revbridge.enrichment.matching;
