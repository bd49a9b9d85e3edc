/**
 * The HubSpot adapter: {@link io.revbridge.hubspot.HubSpotAdapter} (found by {@link java.util.ServiceLoader}
 * under {@code crm: hubspot}) opens a {@link io.revbridge.hubspot.HubSpotConnection} on the CRM v3 API.
 */
package io.revbridge.hubspot;
