/** Benchmarks: JMH benchmarks of each pipeline stage ({@code jmh}) and the end-to-end sync benchmark ({@code e2e}). */
package io.revbridge.bench;
