/**
 * Lead scoring: a pure function from a person (and their company, if known) to a score from 0 to 100, a
 * grade, and one reason per category that a rep can read in the CRM. Weights live in
 * {@link io.revbridge.scoring.LeadScoringModel}.
 */
package io.revbridge.scoring;
