-- The audit, inbox and outbox take ids by the hundred per batch (the audit about five per record). With V17's
-- cache of 1000, H2 still wrote the audit's counter every other batch, and each such write is a whole store
-- (WRITE_DELAY 0): a fifth of all stores in a 100,000-contact backfill. A cache of a million makes it one store
-- per ~200,000 records. A crash skips at most the unused rest of the cache; nothing reads meaning into gaps.
-- PostgreSQL keeps 1 (see V17).
ALTER TABLE audit ALTER COLUMN id SET CACHE ${bulk_identity_cache};
ALTER TABLE outbox ALTER COLUMN id SET CACHE ${bulk_identity_cache};
ALTER TABLE inbox ALTER COLUMN id SET CACHE ${bulk_identity_cache};
