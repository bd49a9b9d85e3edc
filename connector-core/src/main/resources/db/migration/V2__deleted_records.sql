-- Revbridge store, second version: records the CRM reports deleted (archived, merged away).
-- Revbridge never writes to them; a later restore removes the row. Portable SQL (H2 2.x and PostgreSQL).

CREATE TABLE deleted_records (
  connection  VARCHAR(100) NOT NULL,
  object_type VARCHAR(100) NOT NULL,
  record_id   VARCHAR(255) NOT NULL,
  deleted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  source      VARCHAR(64) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_deleted_records PRIMARY KEY (connection, object_type, record_id)
);
