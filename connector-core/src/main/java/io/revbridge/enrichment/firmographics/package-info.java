/** Firmographics from a local CSV file (domain → employees, industry, revenue, country, technologies). */
package io.revbridge.enrichment.firmographics;
