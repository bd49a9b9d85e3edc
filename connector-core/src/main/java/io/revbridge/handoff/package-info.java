/** The marketing → sales hand-off: HubSpot MQLs become Salesforce leads with a context package, and outcomes flow back. */
package io.revbridge.handoff;
