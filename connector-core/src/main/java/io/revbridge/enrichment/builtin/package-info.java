/** The built-in providers put together in their working order, for the pipeline and {@code enrich preview}. */
package io.revbridge.enrichment.builtin;
