-- Revbridge store, the marketing → sales hand-off (HubSpot → Salesforce). Portable SQL (H2 2.x and PostgreSQL).
-- One row per handed-over HubSpot contact: the Salesforce record it became or was matched to, where the hand-off
-- stands, and the times the report measures (response and meaningful contact against the SLA). A repeat updates the
-- row, so a contact is never handed over twice.
CREATE TABLE handoff_links (
  hubspot_connection    VARCHAR(100) NOT NULL,
  hubspot_id            VARCHAR(255) NOT NULL,
  salesforce_connection VARCHAR(100) NOT NULL,
  salesforce_object     VARCHAR(32),
  salesforce_id         VARCHAR(255),
  match_basis           VARCHAR(32),
  status                VARCHAR(24) NOT NULL,
  detail                VARCHAR(1000),
  mql_score             INTEGER NOT NULL,
  initial_status        VARCHAR(255),
  last_status           VARCHAR(255),
  owner_id              VARCHAR(255),
  task_id               VARCHAR(255),
  crossed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  handed_at             TIMESTAMP WITH TIME ZONE,
  responded_at          TIMESTAMP WITH TIME ZONE,
  accepted_at           TIMESTAMP WITH TIME ZONE,
  rejected_at           TIMESTAMP WITH TIME ZONE,
  converted_at          TIMESTAMP WITH TIME ZONE,
  closed_at             TIMESTAMP WITH TIME ZONE,
  respond_due_at        TIMESTAMP WITH TIME ZONE,
  contact_due_at        TIMESTAMP WITH TIME ZONE,
  attempts              INTEGER NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_handoff_links PRIMARY KEY (hubspot_connection, hubspot_id)
);
CREATE INDEX ix_handoff_links_status ON handoff_links (status);
CREATE INDEX ix_handoff_links_salesforce ON handoff_links (salesforce_connection, salesforce_id);
