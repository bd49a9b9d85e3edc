-- Revbridge store: open leads per owner and day, so a routing turn reads capacity without counting assignments.
-- Portable SQL (H2 2.x and PostgreSQL).
-- Each turn needs, per owner, the connection's open leads assigned within the capacity window (open_lead_days,
-- default 90). Counting them in routing_assignments read every open assignment of the window at every turn: a
-- backfill that routed N leads read about N^2 / 2 index entries. This table keeps the same figure per day of
-- assignment (days since 1970-01-01, UTC), moved by the turn and by every close, in the same transaction; a turn
-- sums the days after the window's first day and counts only that first day's assignments exactly.
CREATE TABLE routing_open_days (
  connection   VARCHAR(100) NOT NULL,
  owner_id     VARCHAR(255) NOT NULL,
  assigned_day BIGINT NOT NULL,
  open_count   BIGINT NOT NULL,
  CONSTRAINT pk_routing_open_days PRIMARY KEY (connection, owner_id, assigned_day)
);

INSERT INTO routing_open_days (connection, owner_id, assigned_day, open_count)
  SELECT connection, owner_id, CAST(FLOOR(EXTRACT(EPOCH FROM assigned_at) / 86400) AS BIGINT), COUNT(*)
  FROM routing_assignments WHERE closed_at IS NULL
  GROUP BY connection, owner_id, CAST(FLOOR(EXTRACT(EPOCH FROM assigned_at) / 86400) AS BIGINT);
