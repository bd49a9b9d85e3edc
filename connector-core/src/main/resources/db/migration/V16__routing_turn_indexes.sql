-- Revbridge store, routing turns find their rows by index. Portable SQL (H2 2.x and PostgreSQL).
-- Every routing turn closes the record's earlier open assignments, and every processed lead has its open
-- assignments checked against the CRM's owner and status ("WHERE connection = ? AND record_key = ? AND closed_at IS
-- NULL"): with only (connection, closed_at, owner_id) to go by, each of those visited every open assignment of the
-- connection, so a backfill slowed down as it routed. And each turn counts the open leads per owner assigned within
-- the capacity window: with assigned_at inside the index, that count reads the index alone, not every open row.

CREATE INDEX ix_routing_assignments_conn_record ON routing_assignments (connection, record_key);
DROP INDEX ix_routing_assignments_open;
CREATE INDEX ix_routing_assignments_open_since ON routing_assignments (connection, closed_at, assigned_at, owner_id);
