/** Fields derived from others: company size band, sales region from country, industry class. */
package io.revbridge.enrichment.derived;
