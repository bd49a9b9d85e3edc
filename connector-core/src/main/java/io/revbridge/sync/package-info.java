/**
 * The sync engine: poll → inbox → pipeline (map, score, route, plan) → outbox → CRM → ledger. Each
 * hand-off is durable, so a crash at any point is recovered by re-reading the inbox and the outbox.
 */
package io.revbridge.sync;
