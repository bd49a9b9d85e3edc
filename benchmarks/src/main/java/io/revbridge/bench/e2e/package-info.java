/**
 * The end-to-end benchmark: Revbridge's {@code run} (a separate process, as users run it) against the HubSpot
 * sandbox with HubSpot's limits and latency, side by side with a naive one-record-per-call connector.
 */
package io.revbridge.bench.e2e;
