/**
 * The Salesforce client behind the SPI: OAuth tokens, the partner SOAP session (force-wsc), SOQL, and the
 * SPI capabilities built on them. Not part of the public surface.
 */
package io.revbridge.salesforce.internal;
