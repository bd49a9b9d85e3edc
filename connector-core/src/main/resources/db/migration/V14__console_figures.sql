-- Revbridge store, the console's figures and sessions. Portable SQL (H2 2.x and PostgreSQL).

-- When the CRM created the deal (HubSpot createdate, Salesforce CreatedDate): team performance sums the pipeline
-- generated per rep and period from it. Null for deals forecast before this version until their next forecast, and
-- when the mapping does not map signals.createdAt.
ALTER TABLE deal_forecasts ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
-- When Revbridge first saw the deal at the playbook's PROPOSAL stage or a later one (negotiation, closing, won): the
-- proposals a rep made in a period. Set once, never moved back.
ALTER TABLE deal_forecasts ADD COLUMN proposal_at TIMESTAMP WITH TIME ZONE;

-- Team performance sums per owner over a period. Each index holds every column its roll-up reads, so the database
-- answers from the index without fetching 100,000 rows one by one (H2 especially).
CREATE INDEX ix_deal_forecasts_close_owner ON deal_forecasts (close_date, owner_id, stage, amount);
CREATE INDEX ix_deal_forecasts_created_owner ON deal_forecasts (created_at, owner_id, amount);
CREATE INDEX ix_deal_forecasts_proposal_owner ON deal_forecasts (proposal_at, owner_id);
CREATE INDEX ix_routing_assignments_at_owner ON routing_assignments (assigned_at, owner_id);
CREATE INDEX ix_sla_timers_started_owner ON sla_timers (started_at, owner_id, status, responded_at);
CREATE INDEX ix_activities_time_owner ON activities (occurred_at, owner_id, activity_type, by_revbridge, completed,
  connection);
-- Superseded by the covering indexes above (same leading column).
DROP INDEX ix_deal_forecasts_close;
DROP INDEX ix_routing_assignments_at;
DROP INDEX ix_sla_timers_started;

-- Console sessions, so a restart (or another instance behind the same load balancer) keeps people signed in. Only
-- the SHA-256 of the cookie's value is stored: a copy of the database signs nobody in.
CREATE TABLE console_sessions (
  token_hash  VARCHAR(64) NOT NULL,
  viewer_name VARCHAR(200) NOT NULL,
  role        VARCHAR(16) NOT NULL,
  csrf        VARCHAR(64) NOT NULL,
  flash       TEXT,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_console_sessions PRIMARY KEY (token_hash)
);
CREATE INDEX ix_console_sessions_expires ON console_sessions (expires_at);
