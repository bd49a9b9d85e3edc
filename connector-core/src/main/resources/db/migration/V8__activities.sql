-- Revbridge store, eighth version: sales activities read from the CRMs (calls, emails, meetings, tasks), the first
-- touch and response time of each SLA clock, and when a routed lead stopped counting against its rep's capacity.
-- Portable SQL (H2 2.x and PostgreSQL).

-- One row per CRM activity (HubSpot calls/emails/meetings/tasks, Salesforce Task/Event), replaced whenever the CRM
-- changes it. Queried per owner, type and period (team performance), and per person (first touch, sequence stops).
-- person_key / deal_key: connection/objectType/id of the first associated person and deal, if any.
-- by_revbridge: a task Revbridge created itself (it carries Revbridge's task key); never a rep's touch.
CREATE TABLE activities (
  connection    VARCHAR(100) NOT NULL,
  object_type   VARCHAR(100) NOT NULL,
  activity_id   VARCHAR(255) NOT NULL,
  activity_type VARCHAR(16) NOT NULL,
  owner_id      VARCHAR(255),
  person_key    VARCHAR(500),
  deal_key      VARCHAR(500),
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  direction     VARCHAR(16),
  outcome       VARCHAR(255),
  subject       VARCHAR(500),
  completed     BOOLEAN NOT NULL,
  by_revbridge  BOOLEAN NOT NULL,
  modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_activities PRIMARY KEY (connection, object_type, activity_id)
);
CREATE INDEX ix_activities_owner_time ON activities (connection, owner_id, occurred_at);
CREATE INDEX ix_activities_type_time ON activities (activity_type, occurred_at);
CREATE INDEX ix_activities_person ON activities (person_key, occurred_at);

-- An SLA clock's first touch: when the owner responded (also after a breach) and how (call, email, meeting, task,
-- status_change). responded_at - started_at is the response time.
ALTER TABLE sla_timers ADD COLUMN responded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sla_timers ADD COLUMN touch_kind VARCHAR(32);
-- A breach escalated by reassignment: REASSIGN (asked; the lead is routed again on its next pass), then REASSIGNED
-- or KEPT (nobody else available, or a person had already given the lead another owner).
ALTER TABLE sla_timers ADD COLUMN escalation VARCHAR(32);
CREATE INDEX ix_sla_timers_owner_started ON sla_timers (owner_id, started_at);

-- A routed lead stops counting against its rep's capacity once it closes (a closed status), goes to another owner,
-- or the same record is routed again.
ALTER TABLE routing_assignments ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE routing_assignments ADD COLUMN closed_reason VARCHAR(300);
CREATE INDEX ix_routing_assignments_open ON routing_assignments (connection, closed_at, owner_id);
