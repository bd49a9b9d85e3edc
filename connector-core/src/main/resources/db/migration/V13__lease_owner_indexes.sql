-- Revbridge store, twelfth version: handing back an instance's leases finds its rows by index.
-- Every inbox and outbox pass ends with "UPDATE ... WHERE lease_owner = ?"; both tables keep their done rows,
-- so without an index each hand-back scanned every change and write ever queued, and a long backfill slowed
-- down as it went (the inbox of a 100,000-contact backfill holds 100,000 rows). Portable SQL (H2 2.x and PostgreSQL).

CREATE INDEX ix_inbox_lease_owner ON inbox (lease_owner);
CREATE INDEX ix_outbox_lease_owner ON outbox (lease_owner);
