/**
 * A stateful fake of the Salesforce partner SOAP API subset Revbridge uses: OAuth token endpoint,
 * query / queryAll / queryMore with a SOQL subset, retrieve, update, create, describeSObject and
 * getUserInfo. Written from the API notes, sharing no code with the adapter.
 */
package io.revbridge.sandbox.salesforce;
