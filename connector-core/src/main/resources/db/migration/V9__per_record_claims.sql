-- Revbridge store, ninth version: instances sharing one database never work on one record at the same time.
-- A claim of inbox changes or outbox writes skips every record another live instance holds a row of; claims
-- of one queue take turns on a row of claim_locks (locked FOR UPDATE for the claim's short transaction), so
-- two instances cannot both see a record free and both take it. The indexes serve the per-record checks.
-- Portable SQL (H2 2.x and PostgreSQL).

CREATE TABLE claim_locks (
  queue VARCHAR(32) NOT NULL,
  CONSTRAINT pk_claim_locks PRIMARY KEY (queue)
);
INSERT INTO claim_locks (queue) VALUES ('inbox');
INSERT INTO claim_locks (queue) VALUES ('outbox');

CREATE INDEX ix_inbox_record ON inbox (connection, object_type, record_id, status);
CREATE INDEX ix_outbox_record ON outbox (connection, object_type, record_id, status);
