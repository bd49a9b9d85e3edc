/**
 * Internals of the HubSpot fake: the in-memory portal, its seeded dataset and the HTTP endpoints in
 * HubSpot's CRM v3 shapes. Not an API: use {@link io.revbridge.sandbox.HubSpotSandbox}.
 */
package io.revbridge.sandbox.hubspot;
