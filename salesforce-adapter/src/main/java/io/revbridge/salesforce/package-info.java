/**
 * The Salesforce adapter: OAuth (JWT bearer or client credentials) into a partner SOAP session,
 * incremental SOQL reads, batched writes and tasks, users as owners, describe, and outbound messages.
 */
package io.revbridge.salesforce;
