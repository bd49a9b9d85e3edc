-- How many ids each identity hands out per write of its counter. H2 writes the counter to its file (a whole
-- store, with WRITE_DELAY 0) each time its cache of 32 runs out: three or four extra stores per batch of audit
-- lines. Unused cached ids are skipped after a restart, which ids tolerate: nothing reads meaning into gaps.
-- PostgreSQL keeps its cache of 1: there each connection caches its own range, which would let a later row get a
-- smaller id than an earlier one from another connection, and outbox rows are sent in id order.
ALTER TABLE audit ALTER COLUMN id SET CACHE ${identity_cache};
ALTER TABLE outbox ALTER COLUMN id SET CACHE ${identity_cache};
ALTER TABLE inbox ALTER COLUMN id SET CACHE ${identity_cache};
ALTER TABLE dead_letters ALTER COLUMN id SET CACHE ${identity_cache};
ALTER TABLE routing_assignments ALTER COLUMN id SET CACHE ${identity_cache};
ALTER TABLE notifications ALTER COLUMN id SET CACHE ${identity_cache};
