/**
 * The durable store: inbox, outbox and ledger (the three hand-offs of the data flow) plus cursors,
 * audit, dead letters and small engine state, in H2 by default or PostgreSQL, with the schema kept by
 * Flyway migrations. Every method is safe to call from several threads and runs in its own transaction.
 */
package io.revbridge.store;
