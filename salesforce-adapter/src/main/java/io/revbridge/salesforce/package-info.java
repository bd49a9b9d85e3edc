/**
 * The Salesforce adapter. In this version it is registered and configurable but reports itself as not
 * yet supported; the force-wsc (partner API) implementation lands with its own issue.
 */
package io.revbridge.salesforce;
