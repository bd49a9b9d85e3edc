-- Revbridge store, the admin console's version. Portable SQL (H2 2.x and PostgreSQL).
-- The console answers within a page load with 100,000 records in the store, so the questions it asks are indexed:

-- Record trail search by e-mail: the pipeline's 'record' audit entry carries the lower-cased address as its decision.
CREATE INDEX ix_audit_stage_decision ON audit (stage, decision);

-- Every write Revbridge made to one record (old -> new) uses V9's ix_outbox_record (connection, object_type,
-- record_id, status); the hourly throughput of settled writes:
CREATE INDEX ix_outbox_status_updated ON outbox (status, updated_at);

-- Open dead letters per connection (overview error counts, the dead-letter page's filters).
CREATE INDEX ix_dead_letters_open ON dead_letters (connection, replayed_at, failed_at);

-- The risks of a deal's latest forecast, one per line, for the forecast page and the deals-at-risk alert.
ALTER TABLE deal_forecasts ADD COLUMN risks TEXT;

-- Team performance per period: the SLA clocks started in it, the leads assigned in it.
CREATE INDEX ix_sla_timers_started ON sla_timers (started_at);
CREATE INDEX ix_routing_assignments_at ON routing_assignments (assigned_at);

-- Writes settled per connection and hour, counted as each write is marked done: the overview's 24-hour sparkline reads
-- 24 rows instead of grouping every write of the day. Counted from this version on.
CREATE TABLE write_counts (
  connection VARCHAR(100) NOT NULL,
  hour_start TIMESTAMP WITH TIME ZONE NOT NULL,
  writes     BIGINT NOT NULL,
  CONSTRAINT pk_write_counts PRIMARY KEY (connection, hour_start)
);

-- Team performance reads the deals closing in a month or quarter.
CREATE INDEX ix_deal_forecasts_close ON deal_forecasts (close_date);
