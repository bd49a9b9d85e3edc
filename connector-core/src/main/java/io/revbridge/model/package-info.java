/** The canonical model: one shape for people, companies, deals, tasks and owners, whichever CRM they came from. */
package io.revbridge.model;
