/**
 * The HubSpot CRM v3 client behind {@link io.revbridge.hubspot.HubSpotConnection}: HTTP plumbing
 * (interceptors, throttle, retry), keyset change polling, batch reads and writes, webhooks. Not part of
 * the public surface: anything here may change without notice.
 */
package io.revbridge.hubspot.internal;
