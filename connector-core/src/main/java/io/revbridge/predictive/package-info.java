/**
 * Predictive scoring: features from the canonical model after enrichment, a calibrated logistic regression learned
 * from the CRM's own closed history (time-split, evaluated against the rule model on the same held-out records),
 * and the scorer that serves it with the top positive and negative factors in words a rep reads.
 */
package io.revbridge.predictive;
