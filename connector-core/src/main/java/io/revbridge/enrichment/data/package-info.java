/** Reading the enrichment stage's data files (CSV rules and lists) with file and line in every complaint. */
package io.revbridge.enrichment.data;
