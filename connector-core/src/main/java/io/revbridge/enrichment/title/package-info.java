/**
 * Job-title intelligence: buying role, seniority and department from a title in English, Russian, German, French or
 * Spanish, by rules kept as data ({@code title-rules.csv}) that admins can extend with their own file.
 */
package io.revbridge.enrichment.title;
