/**
 * Closed history for the sandboxes: leads and deals drawn with known traits, and the hidden relationship that
 * decides their outcomes. Shared by the HubSpot and Salesforce fakes so both CRMs carry the same truth.
 */
package io.revbridge.sandbox.history;
