-- Revbridge store, fourth version: several instances on one database share the work by leases.
-- An inbox or outbox row being worked on carries its instance and until when; a poll of one object is
-- leased in its own table. A lease that runs out (the instance died) lets any instance take the work.
-- Portable SQL (H2 2.x and PostgreSQL).

ALTER TABLE inbox ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE inbox ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox ADD COLUMN lease_owner VARCHAR(200);
ALTER TABLE outbox ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

CREATE TABLE leases (
  lease_key   VARCHAR(400) NOT NULL,
  lease_owner VARCHAR(200) NOT NULL,
  lease_until TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_leases PRIMARY KEY (lease_key)
);
