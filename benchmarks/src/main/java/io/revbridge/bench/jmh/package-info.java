/** JMH benchmarks of the pipeline stages, one record per operation, on records shaped like the sandbox's. */
package io.revbridge.bench.jmh;
