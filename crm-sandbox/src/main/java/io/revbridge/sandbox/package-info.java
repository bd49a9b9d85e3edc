/**
 * Local, stateful fakes of the CRMs Revbridge talks to, for the demo, end-to-end tests and benchmarks.
 * This package is the public surface ({@link io.revbridge.sandbox.HubSpotSandbox}, its options and the
 * inspection value types); it depends on nothing else of Revbridge, so its bugs are never the connector's.
 */
package io.revbridge.sandbox;
